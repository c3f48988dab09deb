package org.opensor.registry.api.history;

/** One field of a change: its value before and after, as text (null when absent). */
public record FieldChange(String field, String before, String after) {}
