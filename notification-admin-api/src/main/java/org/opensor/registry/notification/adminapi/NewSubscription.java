package org.opensor.registry.notification.adminapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A new subscription ({@code POST /api/v1/subscriptions}).
 *
 * @param agency      the agency, e.g. {@code THA-IMMIGRATION}; the duty-officer agency receives escalations only
 * @param unit        the unit the agency belongs to, as named in registry-api's record restrictions, or null for none:
 *                    alerts on a record restricted to units go in full to those units' subscriptions only
 * @param url         the webhook URL; https only (an alert carries personal data)
 * @param alertTypes  wanted alert types; empty for all
 * @param countries   ISO 3166-1 alpha-3 codes; empty for all
 * @param borderPosts border post codes; empty for all
 * @param districts   districts; empty for all
 */
public record NewSubscription(
        @NotBlank @Size(max = 100) String agency,

        @Size(max = 100) @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not be blank or start or end with a space")
        String unit,

        @NotBlank @Size(max = 2000) String url,
        Set<@NotNull AlertType> alertTypes,
        Set<@Pattern(regexp = "^[A-Z]{3}$") String> countries,
        Set<@NotBlank String> borderPosts,
        Set<@NotBlank String> districts) {}
