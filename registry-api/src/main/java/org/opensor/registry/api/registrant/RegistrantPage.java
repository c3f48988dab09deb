package org.opensor.registry.api.registrant;

import java.util.List;

/** A page of registrant summaries. */
public record RegistrantPage(List<RegistrantSummary> items, int page, int size, long totalElements) {}
