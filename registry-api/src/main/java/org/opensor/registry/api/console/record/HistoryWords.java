package org.opensor.registry.api.console.record;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A record's history in the reader's words. The registry stores each change's summary and its before and after
 * values as English text with the API's constants ({@code Registrant}, {@code Identity}); the console recognises the
 * shapes those write and says them again from the bundles ({@code record.history.*}), dates and constants in the
 * reader's language. Text of a shape it does not know is shown as stored; what a person typed stays as typed.
 */
public final class HistoryWords {

    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");
    private static final Pattern ISO_DATE = Pattern.compile(DATE);
    /** Fields whose values are what a person typed, never a constant, even in capitals. */
    private static final List<String> TYPED = List.of(
            "familyName",
            "givenNames",
            "originalScriptName",
            "aliases",
            "placeOfBirth",
            "phoneNumbers",
            "internetIdentifiers");

    private static final Pattern REGISTERED = Pattern.compile("Registered (.+)");
    private static final Pattern IDENTITY = Pattern.compile("Identity changed: (.+)");
    private static final Pattern CONVICTION = Pattern.compile("Conviction recorded: ([A-Z_]+), case (.+)");
    private static final Pattern CUSTODY = Pattern.compile("([A-Z_]+) effective " + DATE + " \\((.*)\\)");
    private static final Pattern ADDRESS = Pattern.compile("([A-Z_]+) address recorded from " + DATE);
    private static final Pattern OVERDUE = Pattern.compile("Verification due " + DATE + " overdue: non-compliant");
    private static final Pattern DEREGISTERED = Pattern.compile("De-registered: (.*)");

    private static final Pattern REGISTRATION = Pattern.compile("(TIER_\\d) ([A-Z_]+) from " + DATE
            + "(?: for life| until " + DATE + "), compliance ([A-Z_]+)(?:, next verification due " + DATE + ")?");
    private static final Pattern CONVICTION_VALUE = Pattern.compile("(.*) case (.*) of " + DATE + ": (.*) art\\. (.*)");
    private static final Pattern ADDRESS_VALUE =
            Pattern.compile("([A-Z_]+): (.*) from " + DATE + "(?: to " + DATE + ")?");
    private static final Pattern ALIAS = Pattern.compile("(.*) \\(born (.+)\\)");
    private static final Pattern DOCUMENT = Pattern.compile("([A-Z_]+) (\\S+) ([A-Z]{3})(?: expires " + DATE + ")?");

    private final MessageSource messages;
    private final Locale locale;
    private final Function<LocalDate, String> date;
    private final Function<String, String> country;
    private final Function<String, String> statute;

    /**
     * @param date    a calendar date as the reader's language writes it
     * @param country a country's name for its three-letter code
     * @param statute a statute's name in the reader's language, for the name the library stores
     */
    HistoryWords(
            MessageSource messages,
            Locale locale,
            Function<LocalDate, String> date,
            Function<String, String> country,
            Function<String, String> statute) {
        this.messages = messages;
        this.locale = locale;
        this.date = date;
        this.country = country;
        this.statute = statute;
    }

    /** The one-line summary of a change. */
    public String summary(String summary) {
        if (summary == null || summary.isBlank()) {
            return "";
        }
        String text = summary.strip();
        Matcher m;
        if ((m = REGISTERED.matcher(text)).matches()) {
            return say("record.history.summary.registered", m.group(1));
        }
        if ((m = IDENTITY.matcher(text)).matches()) {
            String fields = Arrays.stream(m.group(1).split(", "))
                    .map(this::field)
                    .collect(Collectors.joining(say("record.history.separator")));
            return say("record.history.summary.identity", fields);
        }
        if ((m = CONVICTION.matcher(text)).matches()) {
            return say("record.history.summary.conviction", constant(m.group(1)), m.group(2));
        }
        if ((m = CUSTODY.matcher(text)).matches()) {
            return say("record.history.summary.custody", constant(m.group(1)), day(m.group(2)), m.group(3));
        }
        if ((m = ADDRESS.matcher(text)).matches()) {
            return say("record.history.summary.address", constant(m.group(1)), day(m.group(2)));
        }
        if ((m = OVERDUE.matcher(text)).matches()) {
            return say("record.history.summary.overdue", day(m.group(1)));
        }
        if ((m = DEREGISTERED.matcher(text)).matches()) {
            return say("record.history.summary.deregistered", m.group(1));
        }
        return PolicyNotes.words(text, messages, locale, date);
    }

    /** A changed field's name as a label ({@code record.history.field.<name>}); an unknown one as stored. */
    public String field(String name) {
        return messages.getMessage("record.history.field." + name, null, name, locale);
    }

    /** A value before or after a change, in the reader's words; null stays null. */
    public String value(String field, String value) {
        if (value == null) {
            return null;
        }
        if (List.of("aliases", "documents", "nationalities").contains(field)) {
            return Arrays.stream(value.split("; "))
                    .map(part -> one(field, part))
                    .collect(Collectors.joining(say("record.history.separator")));
        }
        return one(field, value);
    }

    private String one(String field, String value) {
        Matcher m;
        if (!TYPED.contains(field) && CONSTANT.matcher(value).matches()) {
            return constant(value);
        }
        if ("registration".equals(field) && (m = REGISTRATION.matcher(value)).matches()) {
            String period = m.group(4) == null
                    ? say(
                            "record.history.registration.forLife",
                            constant(m.group(1)),
                            constant(m.group(2)),
                            day(m.group(3)))
                    : say(
                            "record.history.registration.until",
                            constant(m.group(1)),
                            constant(m.group(2)),
                            day(m.group(3)),
                            day(m.group(4)));
            String compliance = m.group(6) == null
                    ? say("record.history.registration.compliance", constant(m.group(5)))
                    : say("record.history.registration.complianceNext", constant(m.group(5)), day(m.group(6)));
            return period + say("record.history.separator") + compliance;
        }
        if ("convictions".equals(field) && (m = CONVICTION_VALUE.matcher(value)).matches()) {
            return say(
                    "record.history.conviction",
                    m.group(1),
                    m.group(2),
                    day(m.group(3)),
                    statute.apply(m.group(4)),
                    m.group(5));
        }
        if ("addresses".equals(field) && (m = ADDRESS_VALUE.matcher(value)).matches()) {
            // the stored line names a district or province left empty as "null"
            String place = m.group(2).replace(", null", "");
            return m.group(4) == null
                    ? say("record.history.address", constant(m.group(1)), place, day(m.group(3)))
                    : say("record.history.addressUntil", constant(m.group(1)), place, day(m.group(3)), day(m.group(4)));
        }
        if ("nationalities".equals(field)) {
            return country.apply(value);
        }
        if ("aliases".equals(field) && (m = ALIAS.matcher(value)).matches()) {
            return say("record.history.alias", m.group(1), m.group(2));
        }
        if ("documents".equals(field) && (m = DOCUMENT.matcher(value)).matches()) {
            return m.group(4) == null
                    ? say("record.history.document", constant(m.group(1)), m.group(2), country.apply(m.group(3)))
                    : say(
                            "record.history.documentExpires",
                            constant(m.group(1)),
                            m.group(2),
                            country.apply(m.group(3)),
                            day(m.group(4)));
        }
        return ISO_DATE.matcher(value).matches() ? day(value) : value;
    }

    private String constant(String constant) {
        return messages.getMessage("enum." + constant, null, constant, locale);
    }

    private String day(String iso) {
        return date.apply(LocalDate.parse(iso));
    }

    private String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
