package org.opensor.registry.api.registrant;

/** What a person looks like, as recorded; every part optional. */
public record PhysicalDescription(Integer heightCm, String eyeColour, String hairColour, String distinguishingMarks) {

    @Override
    public String toString() {
        return "height " + heightCm + " cm, eyes " + eyeColour + ", hair " + hairColour + ", marks "
                + distinguishingMarks;
    }
}
