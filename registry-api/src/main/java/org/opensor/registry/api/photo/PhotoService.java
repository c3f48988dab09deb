package org.opensor.registry.api.photo;

import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facial photos of registrants: a court clerk adds them; whoever may read the record sees them. Who may call what
 * and the audit of every view are the request's (Permissions, AuditRequestFilter); restricted records are refused
 * before this runs (AccessChecks).
 */
@Service
public class PhotoService {

    /** Enough views of one face (front, profile, older ones); more is a mistake or abuse. */
    public static final int MAX_PER_REGISTRANT = 10;

    private final Photos photos;
    private final RegistrantService registrants;
    private final Clock clock;

    PhotoService(Photos photos, RegistrantService registrants, Clock clock) {
        this.photos = photos;
        this.registrants = registrants;
        this.clock = clock;
    }

    /**
     * @throws NotFound      when there is no such registrant
     * @throws RuleViolation when the file is not a usable JPEG or PNG photo, or the record has its
     *                       {@link #MAX_PER_REGISTRANT} photos already
     */
    @Transactional
    public Photo add(UUID registrantId, byte[] upload, String actor) {
        registrants
                .find(new RegistrantId(registrantId))
                .orElseThrow(() -> new NotFound("No registrant with id " + registrantId + "."));
        CleanImage image = FacialImages.clean(upload);
        if (photos.count(registrantId) >= MAX_PER_REGISTRANT) {
            throw new RuleViolation(
                    FacialImages.FIELD,
                    "max-" + MAX_PER_REGISTRANT + "-photos",
                    "this record has " + MAX_PER_REGISTRANT + " photos already, the most it may have");
        }
        Photo photo = new Photo(
                UUID.randomUUID(),
                registrantId,
                image.contentType(),
                image.width(),
                image.height(),
                actor,
                clock.instant());
        photos.add(photo, image);
        return photo;
    }

    /** @throws NotFound when there is no such registrant */
    @Transactional(readOnly = true)
    public List<Photo> of(UUID registrantId) {
        registrants
                .find(new RegistrantId(registrantId))
                .orElseThrow(() -> new NotFound("No registrant with id " + registrantId + "."));
        return photos.of(registrantId);
    }

    /** @throws NotFound when the registrant has no such photo */
    @Transactional(readOnly = true)
    public StoredImage image(UUID registrantId, UUID photoId) {
        return photos.image(registrantId, photoId)
                .orElseThrow(() -> new NotFound("No photo " + photoId + " on registrant " + registrantId + "."));
    }

    /**
     * The newest photo of each of these registrants as a {@code data:} URI, for pages that already show them (hits,
     * screening results, alerts): the page's own request is the audited view, so the thumbnail needs no request of its own.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> thumbnails(Collection<UUID> registrantIds) {
        return dataUris(registrantIds);
    }

    /** {@link #thumbnails} keyed by the id as text, as hits and alerts carry it; text that is no id is skipped. */
    @Transactional(readOnly = true)
    public Map<String, String> thumbnailsByText(Collection<?> registrantIds) {
        List<UUID> ids = registrantIds.stream()
                .filter(java.util.Objects::nonNull)
                .map(Object::toString)
                .map(PhotoService::uuid)
                .filter(java.util.Objects::nonNull)
                .toList();
        return dataUris(ids).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<UUID, String> dataUris(Collection<UUID> registrantIds) {
        return photos.latestThumbnails(registrantIds).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(e.getValue())));
    }
}
