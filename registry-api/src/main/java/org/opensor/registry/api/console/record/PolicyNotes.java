package org.opensor.registry.api.console.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The registration policy's decisions in the reader's words. The registry stores each decision as one English
 * sentence ({@code RegistrationPolicy}, {@code Registrant}); the console recognises every sentence those write and
 * says it again from the bundles ({@code record.policy.*}), with dates and constants in the reader's language. A
 * sentence of a shape it does not know is shown as stored.
 */
final class PolicyNotes {

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final String DECREE = "(Royal pardon|Sentence reduction) decree (.+) of " + DATE;

    /** Each shape the policy writes, the key that words it, and what each captured group is. */
    private record Shape(Pattern pattern, String key, List<Part> parts) {}

    private enum Part {
        DATE,
        CONSTANT,
        DECREE_KIND,
        TEXT
    }

    private static final List<Shape> SHAPES = List.of(
            shape(
                    "Registration (TIER_\\d) from " + DATE + " for life",
                    "record.policy.start.forLife",
                    Part.CONSTANT,
                    Part.DATE),
            shape(
                    "Registration (TIER_\\d) from " + DATE + " until " + DATE,
                    "record.policy.start.until",
                    Part.CONSTANT,
                    Part.DATE,
                    Part.DATE),
            shape(
                    "Conviction of " + DATE + " set tier (TIER_\\d), for life",
                    "record.policy.conviction.forLife",
                    Part.DATE,
                    Part.CONSTANT),
            shape(
                    "Conviction of " + DATE + " set tier (TIER_\\d), until " + DATE,
                    "record.policy.conviction.until",
                    Part.DATE,
                    Part.CONSTANT,
                    Part.DATE),
            shape(
                    DECREE + " ended the registration",
                    "record.policy.decree.ended",
                    Part.DECREE_KIND,
                    Part.TEXT,
                    Part.DATE),
            shape(
                    DECREE + " does not end the registration: a conviction is for a sexual offence against a child"
                            + " \\(registration policy\\)",
                    "record.policy.decree.childOffence",
                    Part.DECREE_KIND,
                    Part.TEXT,
                    Part.DATE),
            shape(
                    DECREE + " does not end the registration: a sentence reduction does not end registration",
                    "record.policy.decree.reductionGoesOn",
                    Part.DECREE_KIND,
                    Part.TEXT,
                    Part.DATE),
            shape("Verification of " + DATE + ": ([A-Z_]+)", "record.policy.verification", Part.DATE, Part.CONSTANT),
            shape("verification due " + DATE + " not done by " + DATE, "record.policy.overdue", Part.DATE, Part.DATE),
            shape("De-registered on " + DATE + ": (.*)", "record.policy.deregistered", Part.DATE, Part.TEXT));

    private PolicyNotes() {}

    /**
     * @param note  the stored sentence, or null
     * @param date  a calendar date as the reader's language writes it
     */
    static String words(String note, MessageSource messages, Locale locale, Function<LocalDate, String> date) {
        if (note == null || note.isBlank()) {
            return "";
        }
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(note.strip());
            if (m.matches()) {
                Object[] arguments = new Object[shape.parts().size()];
                for (int i = 0; i < arguments.length; i++) {
                    String group = m.group(i + 1);
                    arguments[i] = switch (shape.parts().get(i)) {
                        case DATE -> date.apply(LocalDate.parse(group));
                        case CONSTANT -> messages.getMessage("enum." + group, null, group, locale);
                        case DECREE_KIND ->
                            messages.getMessage(
                                    group.startsWith("Royal") ? "record.policy.pardon" : "record.policy.reduction",
                                    null,
                                    locale);
                        case TEXT -> group;
                    };
                }
                return messages.getMessage(shape.key(), arguments, locale);
            }
        }
        return note;
    }

    private static Shape shape(String regex, String key, Part... parts) {
        return new Shape(Pattern.compile(regex), key, List.of(parts));
    }
}
