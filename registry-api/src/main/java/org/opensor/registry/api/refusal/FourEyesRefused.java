package org.opensor.registry.api.refusal;

/** The account that proposed a decision tried to approve it: a second account must decide. Answered 403. */
public class FourEyesRefused extends RuntimeException {

    public FourEyesRefused(String message) {
        super(message);
    }
}
