package org.opensor.registry.notification.subscription;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * An agency's webhook and what it wants to receive. The signing secrets are not part of it: they are shown once,
 * when created or rotated, and never again.
 *
 * @param id                      subscription id
 * @param agency                  the agency, e.g. {@code THA-IMMIGRATION}
 * @param unit                    the unit the agency belongs to, as registry-api names it in restrictions, or null: only a
 *                                subscription of a record's unit receives alerts on a restricted record in full
 * @param url                     where alerts are POSTed
 * @param filter                  which alerts
 * @param active                  false when switched off: nothing new is sent
 * @param version                 increases with every change (the ETag)
 * @param previousSecretExpiresAt while a rotation is under way: when the previous secret stops signing; else null
 * @param createdAt               when it was created
 * @param updatedAt               when it was last changed
 */
public record Subscription(
        UUID id,
        String agency,
        String unit,
        URI url,
        SubscriptionFilter filter,
        boolean active,
        long version,
        Instant previousSecretExpiresAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether this subscription belongs to one of these units (a subscription without a unit belongs to none). */
    public boolean belongsToAnyOf(java.util.Collection<String> units) {
        return unit != null && units.contains(unit);
    }
}
