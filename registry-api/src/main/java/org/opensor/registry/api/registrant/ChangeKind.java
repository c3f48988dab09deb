package org.opensor.registry.api.registrant;

/** What a change of a registrant was; each has its history action of the same name and its event. */
public enum ChangeKind {
    REGISTERED,
    IDENTITY_CHANGED,
    CONVICTION_RECORDED,
    CUSTODY_EVENT_RECORDED,
    REGISTRATION_STATUS_CHANGED,
    ADDRESS_RECORDED,
    VERIFICATION_RECORDED,
    /** An approved de-registration ended the registration and withdrew the record from search and screening. */
    DEREGISTERED
}
