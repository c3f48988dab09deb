package org.opensor.registry.events.registrant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A release, pardon, bail, parole or deportation is about to take effect for a person another state asks for (an open
 * extradition request or notice): written to the outbox before the change itself, on the same key, so the guard alert
 * reaches police and prosecutor first. JSON schema: {@code schemas/release-guard-raised.v1.json}.
 *
 * @param guardId          id of the guard
 * @param subjectId        the person (the registrant's id when there is one); also the Kafka key
 * @param registrantId     the registrant, or null for an accused who is not on the register
 * @param release          what is about to happen: {@code RELEASE}, {@code BAIL}, {@code PAROLE}, {@code PARDON} or
 *                         {@code DEPORTATION}
 * @param scheduledOn      the day it takes effect
 * @param requests         every open request for the person, at least one
 * @param prosecutorOffice the prosecution office to tell (the office that handles extradition)
 * @param raisedBy         the account whose action raised the guard
 * @param raisedAt         when
 */
public record ReleaseGuardRaisedV1(
        UUID guardId,
        UUID subjectId,
        UUID registrantId,
        String release,
        LocalDate scheduledOn,
        List<Request> requests,
        String prosecutorOffice,
        String raisedBy,
        Instant raisedAt) {

    public ReleaseGuardRaisedV1 {
        Objects.requireNonNull(guardId, "guardId is required");
        Objects.requireNonNull(subjectId, "subjectId is required");
        Objects.requireNonNull(release, "release is required");
        Objects.requireNonNull(scheduledOn, "scheduledOn is required");
        Objects.requireNonNull(requests, "requests is required");
        Objects.requireNonNull(prosecutorOffice, "prosecutorOffice is required");
        Objects.requireNonNull(raisedBy, "raisedBy is required");
        Objects.requireNonNull(raisedAt, "raisedAt is required");
        requests = List.copyOf(requests);
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("requests must name at least one open request");
        }
    }

    /**
     * One open foreign request.
     *
     * @param requestId       the request's id in the registry
     * @param requestingState ISO 3166-1 alpha-3 code of the state asking for the person
     * @param offence         the offence as the requesting state names it
     * @param reference       the requesting state's reference
     * @param interpolNotice  the INTERPOL notice number (e.g. {@code A-1234/5-2026}), or null
     */
    public record Request(
            UUID requestId, String requestingState, String offence, String reference, String interpolNotice) {

        public Request {
            Objects.requireNonNull(requestId, "requestId is required");
            Objects.requireNonNull(requestingState, "requestingState is required");
            Objects.requireNonNull(offence, "offence is required");
            Objects.requireNonNull(reference, "reference is required");
        }
    }
}
