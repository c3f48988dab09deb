package org.opensor.registry.notification.adminapi;

import java.util.UUID;

/** A dead letter queued to be sent again at once ({@code state} is {@code PENDING}). */
public record ReplayAccepted(UUID deliveryId, String state) {}
