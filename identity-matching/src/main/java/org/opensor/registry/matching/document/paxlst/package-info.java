/**
 * Reads UN/EDIFACT PAXLST passenger and crew manifests (releases D02B and D05B, syntax versions 3 and 4) with
 * StAEDI. Entry point: {@link org.opensor.registry.matching.document.paxlst.PaxlstParser}.
 */
package org.opensor.registry.matching.document.paxlst;
