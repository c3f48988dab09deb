package org.opensor.registry.support;

import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.listener.RetryListener;

/**
 * Says why records wait, once per failed attempt, without their payload (personal data stays out of logs): a
 * record listener's failed record, or a batch listener's whole poll (the search-indexer stores a poll in one bulk
 * request, and a refused bulk, say a strict mapping that does not know a field, is retried until an operator
 * fixes the cause; without this line nothing pointed to it).
 */
final class RetryLog implements RetryListener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RetryLog.class);

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception exception, int attempt) {
        log.warn(
                "Attempt {} failed for {}-{}@{}: {}",
                attempt,
                record.topic(),
                record.partition(),
                record.offset(),
                rootMessage(exception));
    }

    @Override
    public void failedDelivery(ConsumerRecords<?, ?> records, Exception exception, int attempt) {
        log.warn(
                "Attempt {} failed for a batch of {} records ({}): {}",
                attempt,
                records.count(),
                positions(records),
                rootMessage(exception));
    }

    /** Where each partition's part of the batch starts, e.g. {@code registry.registrants.v1-0@1200}. */
    static String positions(ConsumerRecords<?, ?> records) {
        return records.partitions().stream()
                .map(partition -> partition.topic() + "-" + partition.partition() + "@"
                        + records.records(partition).getFirst().offset())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** The innermost cause, which names the failure (e.g. an Elasticsearch error type) better than its wrappers. */
    static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
