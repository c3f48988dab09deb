package org.opensor.registry.api.photo.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.UUID;
import org.opensor.registry.api.photo.FacialImages;
import org.opensor.registry.api.photo.Photo;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.photo.StoredImage;
import org.opensor.registry.api.refusal.RuleViolation;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/registrants/{id}/photos}: court clerks add facial photos (multipart, part {@code file}, JPEG or PNG
 * up to 5 MB, re-encoded without metadata); whoever may read the record lists and downloads them with a stated
 * purpose, and every download is audited.
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}/photos")
class PhotoController {

    private final PhotoService photos;

    PhotoController(PhotoService photos) {
        this.photos = photos;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PhotoResponse> upload(
            @PathVariable UUID id, @RequestPart(name = "file", required = false) MultipartFile file, Principal actor) {
        Photo photo = photos.add(id, bytes(file), actor.getName());
        return ResponseEntity.created(URI.create("/api/v1/registrants/" + id + "/photos/" + photo.id()))
                .body(PhotoResponse.of(photo));
    }

    @GetMapping
    ResponseEntity<PhotoListResponse> list(@PathVariable UUID id, @RequestHeader("X-Purpose") String purpose) {
        return ResponseEntity.ok(new PhotoListResponse(
                id, photos.of(id).stream().map(PhotoResponse::of).toList()));
    }

    /** The image; never cached by a shared cache, and kept by the browser only for this session's pages. */
    @GetMapping(
            value = "/{photoId}",
            produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    ResponseEntity<byte[]> image(
            @PathVariable UUID id, @PathVariable UUID photoId, @RequestHeader("X-Purpose") String purpose) {
        StoredImage image = photos.image(id, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate().noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    /** Reads at most one byte past the limit, so a larger file is refused without holding it all. */
    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(FacialImages.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new RuleViolation(FacialImages.FIELD, "readable", "file could not be read: upload it again");
        }
    }
}
