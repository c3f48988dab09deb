/**
 * Travel documents read at the border: the person they describe
 * ({@link org.opensor.registry.matching.document.TravelDocumentHolder}) and the documents they carry
 * ({@link org.opensor.registry.matching.document.TravelDocument}). Two readers fill them:
 * {@link org.opensor.registry.matching.document.mrz.MrzParser} for the machine-readable zone of a passport, card
 * or visa (ICAO Doc 9303) and {@link org.opensor.registry.matching.document.paxlst.PaxlstParser} for airline
 * passenger manifests (UN/EDIFACT PAXLST).
 *
 * <p>Both readers report what they could not read instead of throwing: a border officer needs the fields that did
 * come through and a precise list of what did not.
 */
package org.opensor.registry.matching.document;
