package org.opensor.registry.api.security;

import java.util.Arrays;

/** The roles of the registry, with the names used in credentials files and tokens. */
public enum Role {
    COURT_CLERK("court-clerk"),
    POLICE_OFFICER("police-officer"),
    BORDER_OFFICER("border-officer"),
    REGISTRY_ADMIN("registry-admin"),
    AUDITOR("auditor"),
    /** A border agency's own system (machine client, e.g. an API gateway at the airport): screens and takes alerts. */
    BORDER_AGENCY_SYSTEM("border-agency-system");

    private final String externalName;

    Role(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    public static Role fromExternalName(String name) {
        return Arrays.stream(values())
                .filter(r -> r.externalName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + name + "'"));
    }
}
