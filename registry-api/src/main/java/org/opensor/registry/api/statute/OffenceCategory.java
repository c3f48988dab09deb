package org.opensor.registry.api.statute;

/** Registrable offence categories (DESIGN §3). All but the last are by nature offences against children. */
public enum OffenceCategory {
    CHILD_PROSTITUTION(true),
    TRAFFICKING_FOR_SEXUAL_PURPOSES(false),
    CHILD_SEXUAL_ABUSE_MATERIAL(true),
    GROOMING(true),
    SEXUAL_EXPLOITATION_IN_TRAVEL_AND_TOURISM(false),
    CHILD_SEXUAL_ABUSE(true),
    OTHER_SEXUAL_OFFENCE(false);

    private final boolean againstChildren;

    OffenceCategory(boolean againstChildren) {
        this.againstChildren = againstChildren;
    }

    /** True when the offence is defined by a child victim, whatever the facts of the case say. */
    public boolean againstChildren() {
        return againstChildren;
    }
}
