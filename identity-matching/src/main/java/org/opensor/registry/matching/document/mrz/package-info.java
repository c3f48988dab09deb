/**
 * Reads the machine-readable zone of passports, identity cards and visas (ICAO Doc 9303 parts 3 to 7): TD1, TD2,
 * TD3, MRV-A and MRV-B. Entry point: {@link org.opensor.registry.matching.document.mrz.MrzParser}.
 */
package org.opensor.registry.matching.document.mrz;
