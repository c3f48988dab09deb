package org.opensor.registry.matching.document.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opensor.registry.matching.document.Severity;

/**
 * Turns what a scanner or an officer typed into MRZ lines of one format: upper case, surrounding whitespace and
 * blank lines dropped, lines split when they came as one run of text, lines of the wrong length padded or cut (and
 * reported) so that the fields that are there can still be read.
 */
final class MrzText {

    /** The lines ready to read, or no format when the text cannot be an MRZ at all. */
    record Lines(MrzFormat format, List<String> lines, List<MrzFinding> findings) {}

    private MrzText() {}

    static Lines normalise(String text) {
        List<MrzFinding> findings = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String raw = text == null ? "" : text;
        for (String line : raw.toUpperCase(Locale.ROOT).split("\\R")) {
            String compact = line.replaceAll("\\s+", "");
            if (compact.isEmpty()) {
                continue;
            }
            if (compact.length() != line.strip().length()) {
                findings.add(MrzFinding.coded(
                        Severity.WARNING,
                        "line " + (lines.size() + 1),
                        lines.size() + 1,
                        0,
                        "",
                        "",
                        "spacesRemoved",
                        "removed spaces inside the line",
                        lines.size() + 1));
            }
            lines.add(compact);
        }
        if (lines.size() == 1) {
            lines = splitRun(lines.getFirst());
        }
        if (lines.size() < 2 || lines.size() > 3) {
            findings.add(MrzFinding.coded(
                    Severity.ERROR,
                    "MRZ",
                    0,
                    0,
                    "2 lines of 36 or 44, or 3 lines of 30",
                    lines.size() + " line(s)",
                    "notAZone",
                    "not a machine-readable zone of any ICAO 9303 format",
                    lines.size()));
            return new Lines(null, lines, findings);
        }
        MrzFormat format = formatOf(lines);
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            fitted.add(fit(lines.get(i), i + 1, format.lineLength(), findings));
        }
        return new Lines(format, fitted, findings);
    }

    /** A zone without line breaks can only be split when its length is exactly that of one format. */
    private static List<String> splitRun(String run) {
        int width = switch (run.length()) {
            case 90 -> 30;
            case 72 -> 36;
            case 88 -> 44;
            default -> 0;
        };
        if (width == 0) {
            return List.of(run);
        }
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < run.length(); start += width) {
            lines.add(run.substring(start, start + width));
        }
        return lines;
    }

    private static MrzFormat formatOf(List<String> lines) {
        if (lines.size() == 3) {
            return MrzFormat.TD1;
        }
        int longest = Math.max(lines.get(0).length(), lines.get(1).length());
        int width = longest <= 40 ? 36 : 44;
        return MrzFormat.of(2, width, lines.getFirst().startsWith("V"));
    }

    private static String fit(String line, int number, int width, List<MrzFinding> findings) {
        if (line.length() == width) {
            return line;
        }
        findings.add(MrzFinding.coded(
                Severity.ERROR,
                "line " + number,
                number,
                0,
                width + " characters",
                line.length() + " characters",
                line.length() < width ? "lineTooShort" : "lineTooLong",
                line.length() < width
                        ? "line too short, fields after the gap may be shifted"
                        : "line too long, fields after the extra characters may be shifted",
                number,
                width,
                line.length()));
        return line.length() < width ? line + "<".repeat(width - line.length()) : line.substring(0, width);
    }
}
