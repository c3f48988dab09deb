package org.opensor.registry.api.custody;

import org.opensor.registry.api.refusal.RefusedTransition;

/** A custody event the timeline refuses in its current status, with the rule and why. */
public class IllegalCustodyTransition extends RefusedTransition {

    IllegalCustodyTransition(String rule, CustodyStatus current, String message) {
        super("type", rule, current.name(), message);
    }
}
