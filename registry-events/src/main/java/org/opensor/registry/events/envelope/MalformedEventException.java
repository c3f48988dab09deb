package org.opensor.registry.events.envelope;

/** An event that cannot be read: wrong type, broken JSON, missing or invalid field. Retrying will not help. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
