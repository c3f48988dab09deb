package org.opensor.registry.matching.score;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One reason for a match, twice: as a code with its arguments, for a reader in another language to word from the
 * code ({@code reason.<code>} in the console's bundles), and as the English sentence the API gives. Arguments are
 * what the reader checks against the record as written there: names, dates, document numbers, country codes.
 *
 * @param code      what kind of reason, e.g. {@code dob.exact}; {@link #WORDED} when it has only its English
 * @param arguments the reason's particulars, in the order the code's wording takes them
 * @param text      the reason in English, e.g. {@code "date of birth 1970-05-12 matches exactly"}
 */
public record Reason(String code, List<String> arguments, String text) {

    /** The code of a reason known only by its English words (one made outside the matcher). */
    public static final String WORDED = "worded";

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        arguments = List.copyOf(arguments);
    }

    static Reason of(String code, String text, Object... arguments) {
        return new Reason(code, Arrays.stream(arguments).map(String::valueOf).toList(), text);
    }

    /** A reason with no code of its own: readers in every language see its English. */
    public static Reason worded(String text) {
        return new Reason(WORDED, List.of(text), text);
    }

    @Override
    public String toString() {
        return text;
    }
}
