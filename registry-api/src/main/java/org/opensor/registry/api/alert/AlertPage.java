package org.opensor.registry.api.alert;

import java.util.List;

/** One page of the inbox, newest first. */
public record AlertPage(List<Alert> items, int page, int size, long totalElements) {}
