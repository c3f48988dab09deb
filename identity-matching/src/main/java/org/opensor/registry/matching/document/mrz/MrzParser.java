package org.opensor.registry.matching.document.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opensor.registry.matching.document.TravelDocumentHolder;

/**
 * Reads an ICAO 9303 machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B) as scanned or typed. Never throws on bad
 * input: a damaged zone comes back as a {@link MrzReading} with findings naming field, line, position, expected and
 * found. OCR slips that a field's type rules out are corrected and reported as warnings.
 *
 * <p>Thread-safe; the clock decides which century two-digit years belong to.
 */
public final class MrzParser {

    private final Clock clock;

    public MrzParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads one MRZ. Tolerates surrounding whitespace, lower case, CRLF and a zone without line breaks whose length
     * is that of exactly one format.
     */
    public MrzReading read(String text) {
        MrzText.Lines lines = MrzText.normalise(text);
        if (lines.format() == null) {
            TravelDocumentHolder nobody = new TravelDocumentHolder(null, List.of(), null, null, null, List.of());
            return new MrzReading(null, lines.lines(), null, nobody, "", "", lines.findings(), false);
        }
        return new MrzZoneReader(MrzLayout.of(lines.format()), lines, new MrzDates(LocalDate.now(clock))).read();
    }
}
