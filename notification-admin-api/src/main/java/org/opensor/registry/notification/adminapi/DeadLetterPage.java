package org.opensor.registry.notification.adminapi;

import java.util.List;

/** One page of dead letters; {@code total} counts them all. */
public record DeadLetterPage(List<DeadLetter> items, int page, int size, long total) {}
