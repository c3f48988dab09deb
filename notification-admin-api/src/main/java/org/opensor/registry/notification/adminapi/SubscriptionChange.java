package org.opensor.registry.notification.adminapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The whole changeable part of a subscription ({@code PUT /api/v1/subscriptions/{id}}): URL, filters and the active
 * switch.
 *
 * @param url         the webhook URL; https only (an alert carries personal data)
 * @param alertTypes  wanted alert types; empty for all
 * @param countries   ISO 3166-1 alpha-3 codes; empty for all
 * @param borderPosts border post codes; empty for all
 * @param districts   districts; empty for all
 * @param active      false to stop sending
 */
public record SubscriptionChange(
        @NotBlank @Size(max = 2000) String url,
        Set<@NotNull AlertType> alertTypes,
        Set<@Pattern(regexp = "^[A-Z]{3}$") String> countries,
        Set<@NotBlank String> borderPosts,
        Set<@NotBlank String> districts,
        @NotNull Boolean active) {}
