package org.opensor.registry.api.console.alert;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.travel.Countries;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * An alert's reason and rationale in the reader's language, from the codes the notification worker sends beside its
 * English ({@code AlertIssuedV1.wording}): {@code alert.reason.<code>} and {@code alert.rationale.<code>} are ICU
 * message patterns with named arguments ({@code {borderPost}}, {@code {late, select, yes {…} other {}}}), filled with
 * dates written by {@link ConsoleDates}, countries by their CLDR names and constants by their words. An alert without
 * codes, or with one this version has no words for, is not worded here: the desk shows its English, marked so.
 */
@Component
class AlertWords {

    /** The reason and the rationale as the reader's language says them. */
    record Worded(String reason, String rationale) {}

    private static final Set<String> DATES = Set.of(
            "departureDate",
            "returnDate",
            "arrivalDate",
            "releaseDate",
            "decreeDate",
            "scheduledOn",
            "orderedOn",
            "dueBy");
    private static final Set<String> COUNTRIES = Set.of("country", "destination", "nationalities", "requestingStates");
    private static final Set<String> STATUSES = Set.of("status", "previousStatus");
    /** Particulars a phrase may lack: {@code <name>Given} ({@code yes} or {@code no}) lets a pattern leave them out. */
    private static final Set<String> OPTIONAL =
            Set.of("previousStatus", "arrivalDate", "occasion", "carrier", "interpolNotice");

    private final MessageSource messages;
    private final ConsoleDates dates;

    AlertWords(MessageSource messages, ConsoleDates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** @return null when the alert has no codes or the bundles cannot word one of them: show the English */
    Worded of(AlertIssuedV1.Wording wording, Locale locale) {
        if (wording == null) {
            return null;
        }
        try {
            String reason = phrase("alert.reason.", wording.reason(), locale);
            List<String> sentences = new ArrayList<>();
            for (AlertIssuedV1.Phrase sentence : wording.rationale()) {
                sentences.add(phrase("alert.rationale.", sentence, locale));
            }
            return new Worded(reason, String.join(" ", sentences));
        } catch (NoSuchMessageException | IllegalArgumentException | DateTimeException notWorded) {
            // a code without words, or a particular this version cannot read: the English stands
            return null;
        }
    }

    private String phrase(String prefix, AlertIssuedV1.Phrase phrase, Locale locale) {
        // Without arguments Spring hands the pattern over as written; ICU fills its named arguments.
        String pattern = messages.getMessage(prefix + phrase.code(), null, locale);
        Map<String, Object> arguments = new HashMap<>();
        phrase.parameters().forEach((name, value) -> arguments.put(name, value(name, value, locale)));
        OPTIONAL.forEach(
                name -> arguments.put(name + "Given", phrase.parameters().containsKey(name) ? "yes" : "no"));
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
    }

    private Object value(String name, String value, Locale locale) {
        if (DATES.contains(name)) {
            return dates.date(LocalDate.parse(value), locale);
        }
        if (COUNTRIES.contains(name)) {
            return list(
                    Arrays.stream(value.split(","))
                            .map(code -> Countries.name(code.strip(), locale))
                            .toList(),
                    locale);
        }
        if (STATUSES.contains(name)) {
            return word("enum." + value, value, locale);
        }
        return switch (name) {
            case "destinations" ->
                list(
                        Arrays.stream(value.split(","))
                                .map(place -> place.strip().split(" ", 2))
                                .map(place -> place.length == 2
                                        ? Countries.name(place[0], locale) + " (" + place[1] + ")"
                                        : Countries.name(place[0], locale))
                                .collect(Collectors.toList()),
                        locale);
            case "direction" -> word("alert.direction." + value, value, locale);
            case "matchBand" -> word("alert.band." + value, value, locale);
            case "release" -> word("alert.release." + value, value, locale);
            case "months" -> Long.parseLong(value);
            default -> value;
        };
    }

    private String word(String key, String otherwise, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    private static String list(List<String> items, Locale locale) {
        return ListFormatter.getInstance(ULocale.forLocale(locale)).format(items);
    }
}
