package org.opensor.registry.api.decree;

/**
 * One person as the decree lists them: a name in Khmer or Latin script, and what else the line gives.
 *
 * @param lineNumber     1-based position in the list as entered
 * @param name           the name as written
 * @param dateOfBirth    {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null
 * @param documentNumber an identity document or prison number, or null
 */
public record BeneficiaryLine(int lineNumber, String name, String dateOfBirth, String documentNumber) {}
