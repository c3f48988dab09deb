package org.opensor.registry.api.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON value of the right type that breaks an input rule; Jackson adds the field's path as it unwinds. */
final class RefusedInput extends InvalidFormatException {

    private final String rule;

    /** The refused value itself is not kept: it may be personal data and exceptions reach logs. */
    RefusedInput(JsonParser parser, String rule, String message, Class<?> type) {
        super(parser, message, null, type);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
