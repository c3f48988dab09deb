package org.opensor.registry.api.photo;

/**
 * An uploaded photo after {@link FacialImages#clean}: re-encoded from its pixels only (no EXIF, XMP or GPS), with a
 * small JPEG thumbnail for lists, hits and alerts.
 */
public record CleanImage(String contentType, int width, int height, byte[] image, byte[] thumbnail) {}
