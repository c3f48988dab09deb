package org.opensor.registry.api.photo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The facial photos kept with the registrants' records. */
public interface Photos {

    void add(Photo photo, CleanImage image);

    /** A registrant's photos, oldest first. */
    List<Photo> of(UUID registrantId);

    int count(UUID registrantId);

    Optional<StoredImage> image(UUID registrantId, UUID photoId);

    /** The newest photo's thumbnail of each registrant among {@code registrantIds} that has one. */
    Map<UUID, byte[]> latestThumbnails(Collection<UUID> registrantIds);
}
