package org.opensor.registry.matching.document.paxlst;

import java.util.List;
import org.opensor.registry.matching.document.TravelDocumentHolder;

/**
 * One passenger or crew member of a manifest, with what could not be read about them; the others in the manifest
 * do not depend on it.
 *
 * @param segmentPosition position of the NAD segment that starts this traveller
 * @param role            passenger, crew, or either in transit
 * @param holder          names, date of birth, sex, nationality and documents (DOC with DTM+36 and LOC+91)
 * @param embarkation     LOC+178 port of embarkation, or null
 * @param debarkation     LOC+179 port of debarkation, or null
 * @param problems        what was wrong in this traveller's segments
 */
public record ManifestTraveller(
        int segmentPosition,
        TravellerRole role,
        TravelDocumentHolder holder,
        String embarkation,
        String debarkation,
        List<PaxlstProblem> problems) {

    public ManifestTraveller {
        problems = List.copyOf(problems);
    }

    /** True when nothing in this traveller's segments was an error (warnings allowed). */
    public boolean isReadable() {
        return problems.stream().noneMatch(PaxlstProblem::isError);
    }
}
