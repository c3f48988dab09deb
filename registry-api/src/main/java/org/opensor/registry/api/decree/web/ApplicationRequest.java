package org.opensor.registry.api.decree.web;

import java.time.LocalDate;

/** @param effectiveDate the date the custody events take effect; today when absent */
public record ApplicationRequest(LocalDate effectiveDate) {}
