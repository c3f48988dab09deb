package org.opensor.registry.api.registrant.web;

import java.util.List;
import org.opensor.registry.api.registrant.RegistrantSummary;

/** One page of a list; {@code page} counts from 0. */
public record RegistrantPageResponse(
        List<RegistrantSummary> items, int page, int size, long totalElements, long totalPages) {}
