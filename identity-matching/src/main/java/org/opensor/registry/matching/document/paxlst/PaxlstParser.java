package org.opensor.registry.matching.document.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.matching.document.Severity;

/**
 * Reads a UN/EDIFACT PAXLST interchange (syntax versions 3 and 4; releases D02B and D05B; passenger and crew
 * lists; any UNA separators; one segment per line or all on one line) into travellers ready to screen.
 *
 * <p>Never throws on bad input: a broken segment is reported with its position and the travellers around it still
 * come out; the traveller it belongs to carries the problem. Thread-safe; the clock gives two-digit birth and
 * expiry years their century.
 */
public final class PaxlstParser {

    private final Clock clock;
    private final EdiSegmentReader segmentReader = new EdiSegmentReader();

    public PaxlstParser(Clock clock) {
        this.clock = clock;
    }

    /** Reads an interchange from text. */
    public PaxlstInterchange parse(String interchange) {
        if (interchange == null || interchange.isBlank()) {
            return new PaxlstInterchange(
                    null,
                    0,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(PaxlstProblem.coded(Severity.ERROR, 0, "", "empty", "empty manifest")));
        }
        EdifactNormalizer.Normalized normalized = EdifactNormalizer.normalize(interchange);
        EdiSegmentReader.Result read = segmentReader.read(normalized);
        List<PaxlstProblem> earlier = new ArrayList<>(normalized.problems());
        earlier.addAll(read.problems());
        return new PaxlstInterpreter(new EdifactDates(LocalDate.now(clock)), earlier).interpret(read.segments());
    }

    /**
     * Reads an interchange from bytes. UNOA to UNOC are subsets of ISO 8859-1; UNOW and UTF-8 senders are read as
     * UTF-8.
     */
    public PaxlstInterchange parse(InputStream interchange) throws IOException {
        byte[] bytes = interchange.readAllBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return parse(text);
    }
}
