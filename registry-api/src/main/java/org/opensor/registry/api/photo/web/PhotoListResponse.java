package org.opensor.registry.api.photo.web;

import java.util.List;
import java.util.UUID;

/**
 * A registrant's facial photos, oldest first (at most {@link org.opensor.registry.api.photo.PhotoService#MAX_PER_REGISTRANT}).
 *
 * @param registrantId the registrant
 * @param photos       their photos
 */
public record PhotoListResponse(UUID registrantId, List<PhotoResponse> photos) {}
