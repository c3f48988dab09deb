package org.opensor.registry.api.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert as a border or police officer sees it: who it is about (identity and documents, to recognise the
 * person at a border), why, and the rationale. Never conviction detail: that stays in the registrant record.
 */
record AlertResponse(
        UUID id,
        String type,
        String severity,
        String state,
        List<String> recipients,
        String reason,
        String rationale,
        Instant acknowledgeBy,
        Instant issuedAt,
        Instant escalatedAt,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String acknowledgementNote,
        Subject subject) {

    /** The person, as far as recognising them needs; {@code known} is false when the registry has no such record. */
    record Subject(
            UUID registrantId,
            boolean known,
            String familyName,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            List<Document> documents) {}

    record Document(String type, String number, String issuingState, java.time.LocalDate expiresOn) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "AlertPage")
    record Page(List<AlertResponse> items, int page, int size, long totalElements, long totalPages) {}
}
