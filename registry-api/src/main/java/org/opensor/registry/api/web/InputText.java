package org.opensor.registry.api.web;

/**
 * The characters a text field of the registry may hold. PostgreSQL cannot store NUL, a lone surrogate is not text,
 * and bidirectional overrides make a name read backwards in the console, so all three are refused; invisible
 * zero-width spaces and byte-order marks carry no meaning in a name and are stripped, while the zero-width
 * (non-)joiners U+200C and U+200D stay because Khmer, Indic and Persian spelling needs them.
 */
public final class InputText {

    /** The longest text any field accepts; each field's own {@code @Size} is usually far lower. */
    public static final int MAX_LENGTH = 10_000;

    public static final String CHARACTERS_RULE = "text-characters";
    public static final String LENGTH_RULE = "max-length";

    private InputText() {}

    /** The first character that makes {@code text} unacceptable, described for the caller; null when there is none. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i++);
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return "a Unicode noncharacter";
                }
                continue;
            }
            String refused = refusal(c);
            if (refused != null) {
                return refused + " at position " + i;
            }
        }
        return null;
    }

    private static String refusal(char c) {
        if (Character.isSurrogate(c)) {
            return "a lone surrogate (not a character)";
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return null;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "a control character U+%04X".formatted((int) c);
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "a bidirectional override U+%04X".formatted((int) c);
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return "a Unicode noncharacter";
        }
        return null;
    }

    /** {@code text} without zero-width spaces (U+200B), word joiners (U+2060) and byte-order marks (U+FEFF). */
    public static String withoutInvisibleSpaces(String text) {
        if (text.indexOf('\u200B') < 0 && text.indexOf('\u2060') < 0 && text.indexOf('\uFEFF') < 0) {
            return text;
        }
        return text.replace("\u200B", "").replace("\u2060", "").replace("\uFEFF", "");
    }
}
