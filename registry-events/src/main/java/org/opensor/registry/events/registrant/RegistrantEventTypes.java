package org.opensor.registry.events.registrant;

import java.util.Set;

/**
 * Event types on {@link org.opensor.registry.events.Topics#REGISTRANTS}. Every one of them carries the
 * registrant's full current state ({@link RegistrantStateV1}), so a consumer can rebuild from the topic alone;
 * the type says what changed. A released type is never edited: add v2. The exceptions to "full state" are
 * {@link #RESTRICTION_CHANGED_V1}, which carries who may see the record, and {@link #DECREE_APPLIED_V1}.
 */
public final class RegistrantEventTypes {

    /** A person was entered into the registry. Payload: {@link RegistrantStateV1}. */
    public static final String REGISTERED_V1 = "org.opensor.registry.registrant.registered.v1";
    /** Names, aliases, dates, documents, contacts or description were corrected or updated. Payload: {@link RegistrantStateV1}. */
    public static final String IDENTITY_CHANGED_V1 = "org.opensor.registry.registrant.identity-changed.v1";
    /** A conviction was recorded (and registration started or its end recomputed). Payload: {@link RegistrantStateV1}. */
    public static final String CONVICTION_RECORDED_V1 = "org.opensor.registry.registrant.conviction-recorded.v1";
    /** A custody event was recorded: admission, release, bail, parole, pardon, deportation, escape, death... Payload: {@link RegistrantStateV1}. */
    public static final String CUSTODY_STATUS_CHANGED_V1 = "org.opensor.registry.registrant.custody-status-changed.v1";
    /**
     * Registration changed: a verification changed compliance, or a pardon or sentence reduction was weighed by
     * the registration policy (ended, or recorded as not ending it). Payload: {@link RegistrantStateV1}.
     */
    public static final String REGISTRATION_STATUS_CHANGED_V1 =
            "org.opensor.registry.registrant.registration-status-changed.v1";
    /**
     * An approved de-registration (reason and a second account's approval) ended the registration and withdrew the
     * record: identity search, screening and lists no longer show the person; only the auditor reads the record.
     * Payload: {@link RegistrantStateV1} (registration {@code ENDED}, the reason in its policy note). The index keeps
     * no names or keys for such a registrant, only its id and version (a tombstone a late older event cannot undo).
     */
    public static final String DEREGISTERED_V1 = "org.opensor.registry.registrant.deregistered.v1";

    /** A residence, temporary lodging, employment or school address was recorded. Payload: {@link RegistrantStateV1}. */
    public static final String ADDRESS_RECORDED_V1 = "org.opensor.registry.registrant.address-recorded.v1";

    /**
     * A record's restriction to named units was set, changed or lifted. Payload: {@link RecordRestrictionChangedV1}, not
     * the state: a restriction is who may see the record, kept apart from the registrant's versioned state. Not in
     * {@link #ALL}; a consumer that does not need it skips it by this type.
     */
    public static final String RESTRICTION_CHANGED_V1 = "org.opensor.registry.registrant.restriction-changed.v1";

    /**
     * A pardon or sentence-reduction decree was applied to one beneficiary. Payload: {@link DecreeAppliedV1}, not the
     * state (the custody event before it carries that). Not in {@link #ALL}; a consumer that does not need it skips it.
     */
    public static final String DECREE_APPLIED_V1 = "org.opensor.registry.registrant.decree-applied.v1";

    /**
     * A release, pardon, bail, parole or deportation is about to take effect for a person with an open foreign request.
     * Payload: {@link ReleaseGuardRaisedV1}, keyed by the person's subject id and written before the change it guards.
     * Not in {@link #ALL}; a consumer that does not need it skips it by this type.
     */
    public static final String RELEASE_GUARD_RAISED_V1 = "org.opensor.registry.registrant.release-guard-raised.v1";

    /**
     * The retention job erased a de-registered registrant's personal data: consumers erase their copies. Payload:
     * {@link RegistrantPersonalDataErasedV1}, not the state. Not in {@link #ALL}; a consumer that holds no personal data
     * skips it by this type.
     */
    public static final String PERSONAL_DATA_ERASED_V1 = "org.opensor.registry.registrant.personal-data-erased.v1";

    /** Every state type above: all carry {@link RegistrantStateV1} ({@link #RESTRICTION_CHANGED_V1}, {@link #DECREE_APPLIED_V1} and {@link #RELEASE_GUARD_RAISED_V1} do not). */
    public static final Set<String> ALL = Set.of(
            REGISTERED_V1,
            IDENTITY_CHANGED_V1,
            CONVICTION_RECORDED_V1,
            CUSTODY_STATUS_CHANGED_V1,
            REGISTRATION_STATUS_CHANGED_V1,
            ADDRESS_RECORDED_V1,
            DEREGISTERED_V1);

    private RegistrantEventTypes() {}
}
