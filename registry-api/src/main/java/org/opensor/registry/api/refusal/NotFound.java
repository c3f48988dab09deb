package org.opensor.registry.api.refusal;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
