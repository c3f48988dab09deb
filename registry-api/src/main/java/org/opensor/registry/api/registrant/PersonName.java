package org.opensor.registry.api.registrant;

/**
 * A name kept in parts, since Khmer order is family-first and foreign records often flip it.
 *
 * @param family         family name in Latin letters
 * @param given          given names in Latin letters, empty when none are known
 * @param originalScript the whole name in its original script (e.g. Khmer), or null
 */
public record PersonName(String family, String given, String originalScript) {
}
