package org.opensor.registry.api.alert;

/** Inbox filters; null means any. {@code recipient} is one recipient code, e.g. {@code border-post:THA:BKK}. */
public record AlertFilter(AlertState state, String severity, String type, String recipient) {}
