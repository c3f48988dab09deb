package org.opensor.registry.api.console.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.registrant.DuplicateCandidate;
import org.springframework.context.MessageSource;

/**
 * A person already registered who may be the one being entered, as the register form shows them: name, date of
 * birth, newest photo and each reason in the clerk's language.
 *
 * @param photo a {@code data:} URI of the newest photo's thumbnail, or null
 */
record DuplicateCandidateView(
        UUID id, String name, String originalScriptName, String dateOfBirth, String photo, List<String> reasons) {

    static List<DuplicateCandidateView> of(
            List<DuplicateCandidate> candidates, Map<UUID, String> thumbnails, MessageSource messages, Locale locale) {
        return candidates.stream()
                .map(c -> new DuplicateCandidateView(
                        c.id(),
                        c.familyName() + " " + c.givenNames(),
                        c.originalScriptName(),
                        c.dateOfBirth(),
                        thumbnails.get(c.id()),
                        c.reasons().stream()
                                .map(r -> messages.getMessage(
                                        key(r.rule()), r.values().toArray(), locale))
                                .toList()))
                .toList();
    }

    private static String key(DuplicateCandidate.Rule rule) {
        return switch (rule) {
            case SAME_DOCUMENT -> "record.duplicates.reason.document";
            case SAME_NAME_AND_BIRTH -> "record.duplicates.reason.sameName";
            case ONE_LETTER_AND_SAME_BIRTH -> "record.duplicates.reason.oneLetter";
            case SAME_ORIGINAL_SCRIPT_NAME_AND_MONTH -> "record.duplicates.reason.khmerName";
        };
    }
}
