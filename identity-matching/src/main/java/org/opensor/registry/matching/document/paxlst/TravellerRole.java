package org.opensor.registry.matching.document.paxlst;

/** The NAD party function qualifiers PAXLST uses for travellers. */
public enum TravellerRole {
    /** NAD+FL. */
    PASSENGER("FL"),
    /** NAD+FM. */
    CREW("FM"),
    /** NAD+DDU: passenger in transit. */
    TRANSIT_PASSENGER("DDU"),
    /** NAD+DDT: crew member in transit. */
    TRANSIT_CREW("DDT");

    private final String qualifier;

    TravellerRole(String qualifier) {
        this.qualifier = qualifier;
    }

    public String qualifier() {
        return qualifier;
    }

    /** The role for a NAD qualifier, or null when the NAD names no traveller (e.g. MS, the reporting party). */
    static TravellerRole ofQualifier(String qualifier) {
        for (TravellerRole role : values()) {
            if (role.qualifier.equals(qualifier)) {
                return role;
            }
        }
        return null;
    }
}
