package org.opensor.registry.api.restriction;

import java.util.List;

/**
 * Who is looking at registrant data, as far as restrictions care: the unit whose restricted records they may see.
 *
 * @param unit the caller's unit; null when the caller belongs to none (they see no restricted record)
 */
public record Viewer(String unit) {

    /** A caller of no unit, such as a border post: sees unrestricted records only. */
    public static final Viewer OF_NO_UNIT = new Viewer(null);

    /** The rule itself: a record restricted to {@code restrictingUnits} (empty: not restricted) is seen by those units only. */
    public boolean maySee(List<String> restrictingUnits) {
        return restrictingUnits.isEmpty() || (unit != null && restrictingUnits.contains(unit));
    }
}
