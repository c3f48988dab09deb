package org.opensor.registry.api.screening;

/**
 * Where and how a traveller was screened.
 *
 * @param borderPost code of the border post or airport, e.g. {@code PNH}
 * @param country    ISO 3166-1 alpha-3 code of the country the post belongs to
 * @param direction  {@code ARRIVAL} or {@code DEPARTURE}
 */
public record Checkpoint(String borderPost, String country, String direction) {}
