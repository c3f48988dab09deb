package org.opensor.registry.api.photo.persistence;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.photo.CleanImage;
import org.opensor.registry.api.photo.Photo;
import org.opensor.registry.api.photo.Photos;
import org.opensor.registry.api.photo.StoredImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos in {@code registry.registrant_photo}, beside the record they belong to. */
@Repository
class JdbcPhotos implements Photos {

    private final JdbcClient jdbc;

    JdbcPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Photo photo, CleanImage image) {
        jdbc.sql("""
                insert into registry.registrant_photo (id, registrant_id, content_type, width, height, image, thumbnail, uploaded_by, uploaded_at)
                values (:id, :registrant, :type, :width, :height, :image, :thumbnail, :by, :at)
                """)
                .param("id", photo.id())
                .param("registrant", photo.registrantId())
                .param("type", photo.contentType())
                .param("width", photo.width())
                .param("height", photo.height())
                .param("image", image.image())
                .param("thumbnail", image.thumbnail())
                .param("by", photo.uploadedBy())
                .param("at", Timestamp.from(photo.uploadedAt()))
                .update();
    }

    @Override
    public List<Photo> of(UUID registrantId) {
        return jdbc.sql("""
                select id, registrant_id, content_type, width, height, uploaded_by, uploaded_at from registry.registrant_photo
                where registrant_id = :id order by position
                """)
                .param("id", registrantId)
                .query((rs, n) -> new Photo(
                        rs.getObject("id", UUID.class),
                        rs.getObject("registrant_id", UUID.class),
                        rs.getString("content_type"),
                        rs.getInt("width"),
                        rs.getInt("height"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    @Override
    public int count(UUID registrantId) {
        return jdbc.sql("select count(*) from registry.registrant_photo where registrant_id = :id")
                .param("id", registrantId)
                .query(Integer.class)
                .single();
    }

    @Override
    public Optional<StoredImage> image(UUID registrantId, UUID photoId) {
        return jdbc.sql(
                        "select content_type, image from registry.registrant_photo where id = :photo and registrant_id = :id")
                .param("photo", photoId)
                .param("id", registrantId)
                .query((rs, n) -> new StoredImage(rs.getString("content_type"), rs.getBytes("image")))
                .optional();
    }

    @Override
    public Map<UUID, byte[]> latestThumbnails(Collection<UUID> registrantIds) {
        Map<UUID, byte[]> thumbnails = new HashMap<>();
        if (registrantIds.isEmpty()) {
            return thumbnails;
        }
        jdbc.sql("""
                select distinct on (registrant_id) registrant_id, thumbnail from registry.registrant_photo
                where registrant_id = any(:ids) order by registrant_id, position desc
                """)
                .param("ids", registrantIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("registrant_id", UUID.class), rs.getBytes("thumbnail")))
                .list()
                .forEach(row -> thumbnails.put(row.getKey(), row.getValue()));
        return thumbnails;
    }
}
