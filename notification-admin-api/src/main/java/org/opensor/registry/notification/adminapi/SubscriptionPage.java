package org.opensor.registry.notification.adminapi;

import java.util.List;

/** One page of subscriptions, oldest first; {@code total} counts them all. */
public record SubscriptionPage(List<SubscriptionView> items, int page, int size, long total) {}
