package org.opensor.registry.matching.document.paxlst;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.matching.document.Severity;

/**
 * Tokenises a normalised interchange with StAEDI into segments, keeping StAEDI's envelope checks (UNB/UNZ and
 * UNH/UNT references and counts, data element formats) as warnings: they say the sender's software is sloppy,
 * not that a traveller is unreadable. Each is coded {@code edi.<StAEDI's error type>} with the value as sent.
 */
final class EdiSegmentReader {

    /** The segments read, and the problems StAEDI reported. */
    record Result(List<EdiSegment> segments, List<PaxlstProblem> problems) {}

    private final EDIInputFactory factory;

    EdiSegmentReader() {
        factory = EDIInputFactory.newFactory();
        // Code lists of the envelope (e.g. UNB sender qualifiers) vary by carrier; checking them would flag good data.
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
    }

    Result read(EdifactNormalizer.Normalized input) {
        List<EdiSegment> segments = new ArrayList<>();
        List<PaxlstProblem> problems = new ArrayList<>();
        SegmentBuilder current = null;
        byte[] bytes = input.text().getBytes(StandardCharsets.UTF_8);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes), "UTF-8")) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                Location location = reader.getLocation();
                int position = input.positionAsSent(location.getSegmentPosition());
                switch (event) {
                    case START_SEGMENT -> current = new SegmentBuilder(position, reader.getText());
                    case ELEMENT_DATA -> {
                        if (current != null && location.getElementOccurrence() <= 1) {
                            current.add(
                                    location.getElementPosition(), location.getComponentPosition(), reader.getText());
                        }
                    }
                    case END_SEGMENT -> {
                        if (current != null && position > 0) {
                            segments.add(current.build());
                        }
                        current = null;
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                        problems.add(PaxlstProblem.coded(
                                Severity.WARNING,
                                position,
                                String.valueOf(location.getSegmentTag()),
                                "edi." + reader.getErrorType().name(),
                                describe(reader, location),
                                reader.hasText() ? reader.getText() : ""));
                    default -> {
                        // envelope start/end events carry no data of their own
                    }
                }
            }
        } catch (Exception e) {
            // StAEDI stops at a lexical error; what was read before it is kept.
            int position = current == null ? lastPosition(segments) + 1 : current.position;
            problems.add(PaxlstProblem.coded(
                    Severity.ERROR,
                    position,
                    current == null ? "" : current.tag,
                    "unreadablePast",
                    "the manifest could not be read past this segment: " + e.getMessage()));
        }
        return new Result(segments, problems);
    }

    private static String describe(EDIStreamReader reader, Location location) {
        String what = reader.getErrorType().name().toLowerCase().replace('_', ' ');
        int element = location.getElementPosition();
        String text = reader.hasText() ? reader.getText() : "";
        return (element > 0 ? "element " + element + ": " : "") + what + (text.isEmpty() ? "" : " '" + text + "'");
    }

    private static int lastPosition(List<EdiSegment> segments) {
        return segments.isEmpty() ? 0 : segments.getLast().position();
    }

    /** Collects the elements of one segment; StAEDI numbers elements and components from 1, simple ones as -1. */
    private static final class SegmentBuilder {
        private final int position;
        private final String tag;
        private final List<List<String>> elements = new ArrayList<>();

        SegmentBuilder(int position, String tag) {
            this.position = position;
            this.tag = tag;
        }

        void add(int element, int component, String text) {
            while (elements.size() < element) {
                elements.add(new ArrayList<>());
            }
            List<String> components = elements.get(element - 1);
            int index = Math.max(component, 1);
            while (components.size() < index) {
                components.add("");
            }
            components.set(index - 1, text == null ? "" : text);
        }

        EdiSegment build() {
            return new EdiSegment(
                    position, tag, elements.stream().map(List::copyOf).toList());
        }
    }
}
