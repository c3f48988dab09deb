package org.opensor.registry.api.travel;

import java.util.List;

/** One page of a registrant's travel notices. */
public record TravelNoticePage(List<TravelNotice> items, int page, int size, long totalElements) {}
