package org.opensor.registry.notification.adminapi;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the administrator sees it: never with a secret.
 *
 * @param unit                    the unit of the agency, or null
 * @param alertTypes              the alert types wanted (sorted); empty for all
 * @param version                 the version, also the ETag; send it back in If-Match to change the subscription
 * @param previousSecretExpiresAt after a rotation, until when the previous secret still signs too; else null
 */
public record SubscriptionView(
        UUID id,
        String agency,
        String unit,
        String url,
        List<AlertType> alertTypes,
        List<String> countries,
        List<String> borderPosts,
        List<String> districts,
        boolean active,
        long version,
        Instant previousSecretExpiresAt,
        Instant createdAt,
        Instant updatedAt) {}
