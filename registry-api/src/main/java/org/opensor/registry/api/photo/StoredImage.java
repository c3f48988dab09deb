package org.opensor.registry.api.photo;

/** The bytes of a photo as served, with their media type ({@code image/jpeg} or {@code image/png}). */
public record StoredImage(String contentType, byte[] bytes) {}
