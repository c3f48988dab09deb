package org.opensor.registry.api.console.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.console.travel.Countries;
import org.opensor.registry.api.statute.Statutes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The API's constants in words for people, in the reader's language: {@code RELEASED_ON_BAIL} → "Released on bail"
 * ({@code enum.<CONSTANT>} in the console bundles; a constant no bundle words yet is spelt out in English). Templates
 * call it as {@code @recordLabels.of(...)}.
 */
@Component("recordLabels")
public class Labels {

    private final ConsoleDates dates;
    private final MessageSource messages;
    private final Statutes statutes;

    Labels(ConsoleDates dates, MessageSource messages, Statutes statutes) {
        this.dates = dates;
        this.messages = messages;
        this.statutes = statutes;
    }

    public static String of(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return ConsoleText.first(Character.toUpperCase(words.charAt(0)) + words.substring(1), null, "enum." + constant);
    }

    /** A moment in the registry's one zone (named in every page's footer), as the reader's language writes it. */
    public String when(Instant at) {
        return at == null ? "" : dates.dateTime(at);
    }

    /** A record's history in the reader's words (see {@link HistoryWords}). */
    public HistoryWords history() {
        Map<String, String> statuteNames = new HashMap<>();
        statutes.all().forEach(o -> statuteNames.putIfAbsent(o.statute(), statute(o.id(), o.statute())));
        return new HistoryWords(
                messages,
                LocaleContextHolder.getLocale(),
                dates::date,
                this::country,
                name -> statuteNames.getOrDefault(name, name));
    }

    /**
     * A statute's name in the reader's language: {@code record.statute.<JURISDICTION-YEAR>} after the library's offence
     * ids ({@code KHM-2008-35}); a statute the bundles do not name (a foreign one typed by a clerk) as stored.
     */
    public String statute(String offenceId, String statute) {
        String[] id = offenceId == null ? new String[0] : offenceId.split("-");
        return id.length < 3
                ? statute
                : messages.getMessage(
                        "record.statute." + id[0] + "-" + id[1], null, statute, LocaleContextHolder.getLocale());
    }

    /** An offence's title in Khmer for a Khmer reader where the library has one, else as the library words it. */
    public String offenceTitle(String title, String titleKm) {
        return "km".equals(LocaleContextHolder.getLocale().getLanguage()) && titleKm != null ? titleKm : title;
    }

    /** A country by its name in the reader's language ({@code KHM} → "Cambodia", "កម្ពុជា"), as travel notices do. */
    public String country(String alpha3) {
        return alpha3 == null || alpha3.isBlank()
                ? ""
                : Countries.name(alpha3.toUpperCase(Locale.ROOT), LocaleContextHolder.getLocale());
    }

    /** Several countries by name, in the order given. */
    public String countries(List<String> alpha3) {
        return alpha3 == null
                ? ""
                : String.join(", ", alpha3.stream().map(this::country).toList());
    }

    /** A calendar date as the reader's language writes it. */
    public String date(LocalDate date) {
        return date == null ? "" : dates.date(date);
    }

    /** The registration policy's last decision, in the reader's words (see {@link PolicyNotes}). */
    public String policyNote(String note) {
        return PolicyNotes.words(note, messages, LocaleContextHolder.getLocale(), dates::date);
    }

    /** For templates (a bean method; SpEL reaches static methods only through T(...)). */
    public String label(Object constant) {
        return constant == null ? "" : of(constant.toString());
    }
}
