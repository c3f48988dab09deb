package org.opensor.registry.api.restriction;

import org.springframework.security.access.AccessDeniedException;

/** A record restricted to units the caller does not belong to: answered 403 and audited as DENIED. */
public class RecordRestricted extends AccessDeniedException {

    public RecordRestricted() {
        super("record restricted to named units");
    }
}
