package org.opensor.registry.events.registrant;

import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.envelope.AggregateKeyPartitioner;

/**
 * The record keys of {@link org.opensor.registry.events.Topics#REGISTRANTS}. The topic is compacted, which keeps the
 * latest record per key, so each kind of fact has a key of its own: the registrant's state under the plain id, the
 * restriction in force under {@code <id>:restriction}, the latest decree applied under {@code <id>:decree-applied}, the
 * latest release guard under {@code <id>:release-guard}. All of them begin with the person's id, and {@link
 * AggregateKeyPartitioner} puts them on that id's partition, in order. A fixed set of keys per person lets an erasure
 * replace every one of them ({@link #all}).
 */
public final class RegistrantTopicKeys {

    private static final String RESTRICTION = "restriction";
    private static final String DECREE_APPLIED = "decree-applied";
    private static final String RELEASE_GUARD = "release-guard";

    private RegistrantTopicKeys() {}

    /** The key of every registrant state event and of the erasure event that replaces them. */
    public static String state(UUID registrantId) {
        return registrantId.toString();
    }

    /** The key of the restriction in force. */
    public static String restriction(UUID registrantId) {
        return kind(registrantId, RESTRICTION);
    }

    /** The key of the latest decree applied to the registrant. */
    public static String decreeApplied(UUID registrantId) {
        return kind(registrantId, DECREE_APPLIED);
    }

    /** The key of the latest release guard raised for the subject (a registrant or an accused). */
    public static String releaseGuard(UUID subjectId) {
        return kind(subjectId, RELEASE_GUARD);
    }

    /** Every key the person's facts can have, the state's last: an erasure is written under each. */
    public static List<String> all(UUID personId) {
        return List.of(restriction(personId), decreeApplied(personId), releaseGuard(personId), state(personId));
    }

    /** Whether the key is a plain id, the key a registrant state event is written under. */
    public static boolean isState(String key) {
        return key.indexOf(AggregateKeyPartitioner.SEPARATOR) < 0;
    }

    /** Whether the key belongs to this person (plain, as every event was written before the kinds, or with a kind). */
    public static boolean isOf(String key, UUID personId) {
        return personId.toString().equals(AggregateKeyPartitioner.aggregateOf(key));
    }

    private static String kind(UUID personId, String kind) {
        return personId.toString() + AggregateKeyPartitioner.SEPARATOR + kind;
    }
}
