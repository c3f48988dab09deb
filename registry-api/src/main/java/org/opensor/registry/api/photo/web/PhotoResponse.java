package org.opensor.registry.api.photo.web;

import java.time.Instant;
import java.util.UUID;
import org.opensor.registry.api.photo.Photo;

/**
 * One facial photo of a registrant.
 *
 * @param id          the photo's id
 * @param contentType {@code image/jpeg} or {@code image/png}: what the image download answers with
 * @param width       pixels
 * @param height      pixels
 * @param uploadedBy  the court clerk who added it
 * @param uploadedAt  when
 * @param href        where the image is downloaded (with an {@code X-Purpose}; every download is audited)
 */
public record PhotoResponse(
        UUID id, String contentType, int width, int height, String uploadedBy, Instant uploadedAt, String href) {

    static PhotoResponse of(Photo photo) {
        return new PhotoResponse(
                photo.id(),
                photo.contentType(),
                photo.width(),
                photo.height(),
                photo.uploadedBy(),
                photo.uploadedAt(),
                "/api/v1/registrants/" + photo.registrantId() + "/photos/" + photo.id());
    }
}
