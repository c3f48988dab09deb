package org.opensor.registry.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each topic keeps what it is given: the one statement of it. The local stack creates its topics with these
 * settings and the Kubernetes KafkaTopic resources must state the same (a test in infra/k8s-manifests compares them),
 * so no broker-wide "keep everything" setting is needed anywhere.
 *
 * @param name   the topic (see {@link Topics})
 * @param config topic-level Kafka settings, in Kafka's own names
 */
public record TopicSettings(String name, Map<String, String> config) {

    /** A year of travel plus time for an appeal. */
    static final String FOUR_HUNDRED_DAYS_MS = Long.toString(400L * 24 * 3600 * 1000);
    /**
     * At most this long after a registrant's last event is written does compaction drop the earlier ones: the segment
     * is rolled and cleaned however little of the log is dirty. Personal data erased after retention leaves the topic
     * within it.
     */
    static final String TWO_DAYS_MS = Long.toString(2L * 24 * 3600 * 1000);
    /** Long enough for an operator to look at a dead letter and replay it. */
    static final String THIRTY_DAYS_MS = Long.toString(30L * 24 * 3600 * 1000);

    /** Every topic of the system, the dead-letter topics of the consumed ones included. */
    public static final List<TopicSettings> ALL = List.of(
            // state-carrying and keyed by registrant: compacted, so a rebuild from it stays possible forever; the
            // maximum lag bounds how long an erased person's earlier events outlive their erasure event (two days)
            new TopicSettings(
                    Topics.REGISTRANTS,
                    ordered(
                            "cleanup.policy",
                            "compact",
                            "min.compaction.lag.ms",
                            "86400000",
                            "max.compaction.lag.ms",
                            TWO_DAYS_MS,
                            "min.cleanable.dirty.ratio",
                            "0.5")),
            new TopicSettings(Topics.TRAVEL, ordered("cleanup.policy", "delete", "retention.ms", FOUR_HUNDRED_DAYS_MS)),
            new TopicSettings(Topics.ALERTS, ordered("cleanup.policy", "delete", "retention.ms", FOUR_HUNDRED_DAYS_MS)),
            // the auditor's copy of the audit chain's checkpoints outside PostgreSQL: never deleted
            new TopicSettings(
                    Topics.AUDIT_CHECKPOINTS,
                    ordered("cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1")),
            deadLetters(Topics.REGISTRANTS),
            deadLetters(Topics.TRAVEL),
            deadLetters(Topics.ALERTS));

    public TopicSettings {
        config = Map.copyOf(config);
    }

    private static TopicSettings deadLetters(String topic) {
        return new TopicSettings(
                Topics.deadLetter(topic), ordered("cleanup.policy", "delete", "retention.ms", THIRTY_DAYS_MS));
    }

    private static Map<String, String> ordered(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
