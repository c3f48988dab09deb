package org.opensor.registry.matching.document.paxlst;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensor.registry.matching.document.Severity;

/**
 * Prepares an interchange for StAEDI, which stops at the first lexical error and splits on the repetition separator:
 * <ul>
 *   <li>whitespace and line breaks around segments are dropped (manifests arrive one segment per line, indented);</li>
 *   <li>segments whose tag is not three letters or digits are reported and left out, so one mangled segment does not
 *       stop the whole manifest;</li>
 *   <li>the repetition separator is replaced by a character the text does not contain: PAXLST does not use
 *       repetitions, but syntax version 4 makes the space of a "{@code UNA:+.? '}" one, splitting every name with a
 *       space (and without a UNA its default '*' splits sender ids like {@code APIS*C3K}).</li>
 * </ul>
 * The result always starts with a UNA; positions map back to the segments as sent.
 */
final class EdifactNormalizer {

    private static final Pattern SYNTAX_VERSION = Pattern.compile("UNB.UNO[A-Z].(\\d)");
    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9]{2}");
    private static final String SPARE_SEPARATORS = "^~|`#\\{}@!";

    /**
     * @param text              the interchange for StAEDI, starting with a UNA
     * @param delimiters        the service characters as sent
     * @param positionsAsSent   for StAEDI's segment position p (the UNA is 1), the position as sent at index p - 2
     * @param problems          segments left out
     */
    record Normalized(
            String text, EdifactDelimiters delimiters, List<Integer> positionsAsSent, List<PaxlstProblem> problems) {

        int positionAsSent(int staediPosition) {
            int index = staediPosition - 2;
            return index >= 0 && index < positionsAsSent.size() ? positionsAsSent.get(index) : 0;
        }
    }

    private EdifactNormalizer() {}

    static Normalized normalize(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        String body = text.stripLeading();
        EdifactDelimiters delimiters;
        int position = 0;
        if (body.startsWith("UNA") && body.length() >= 9) {
            delimiters = EdifactDelimiters.fromUna(body.substring(3, 9));
            body = body.substring(9);
            position = 1;
        } else {
            Matcher version = SYNTAX_VERSION.matcher(body);
            delimiters =
                    EdifactDelimiters.defaults(version.find() ? version.group(1).charAt(0) - '0' : 4);
        }
        List<String> segments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<PaxlstProblem> problems = new ArrayList<>();
        for (String raw : split(body, delimiters)) {
            String segment = raw.strip();
            if (segment.isEmpty()) {
                continue;
            }
            position++;
            int tagEnd = segment.indexOf(delimiters.element());
            String tag = (tagEnd < 0 ? segment : segment.substring(0, tagEnd)).strip();
            if (!TAG.matcher(tag).matches()) {
                problems.add(PaxlstProblem.coded(
                        Severity.ERROR, position, tag, "notATag", "not a segment tag: segment left out"));
                continue;
            }
            segments.add(tagEnd < 0 ? tag : tag + segment.substring(tagEnd));
            positions.add(position);
        }
        String joined = String.join(String.valueOf(delimiters.segment()), segments) + delimiters.segment();
        EdifactDelimiters forReader = delimiters.withRepetition(spareCharacter(joined, delimiters));
        return new Normalized(forReader.asUna() + joined, delimiters, List.copyOf(positions), problems);
    }

    /** Splits on the segment terminator, except where the release character escapes it. */
    private static List<String> split(String body, EdifactDelimiters delimiters) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == delimiters.release() && i + 1 < body.length()) {
                current.append(c).append(body.charAt(++i));
            } else if (c == delimiters.segment()) {
                segments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return segments;
    }

    private static char spareCharacter(String text, EdifactDelimiters delimiters) {
        String used = "" + delimiters.component() + delimiters.element() + delimiters.decimal() + delimiters.release()
                + delimiters.segment();
        for (char c : SPARE_SEPARATORS.toCharArray()) {
            if (text.indexOf(c) < 0 && used.indexOf(c) < 0) {
                return c;
            }
        }
        return '\u001F'; // unit separator: never in manifest text
    }
}
