package org.opensor.registry.api.photo;

import java.time.Instant;
import java.util.UUID;

/** A facial photo's description, without its bytes: what a list of a registrant's photos shows. */
public record Photo(
        UUID id, UUID registrantId, String contentType, int width, int height, String uploadedBy, Instant uploadedAt) {}
