package org.opensor.registry.notification.subscription;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Where and how to deliver to one subscription right now.
 *
 * @param subscriptionId the subscription
 * @param agency         its agency
 * @param url            its webhook URL
 * @param secrets        the signing secrets valid now ({@code whsec_...}): the current one first, the previous one during a rotation
 */
public record Endpoint(UUID subscriptionId, String agency, URI url, List<String> secrets) {

    @Override
    public String toString() {
        return "Endpoint[" + subscriptionId + ", " + agency + "]"; // never print the secrets
    }
}
