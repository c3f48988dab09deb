package org.opensor.registry.api.console.decree;

import java.time.LocalDate;
import java.util.Locale;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.decree.ImpactPreview;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the clerk should know about a decree line, in the reader's language: {@code decree.note.<code>} with its
 * dates written by {@link ConsoleDates} and a custody status in words; the API's English when no bundle has it.
 * Templates call it as {@code @decreeNotes}.
 */
@Component("decreeNotes")
public class DecreeNotes {

    private final MessageSource messages;
    private final ConsoleDates dates;

    DecreeNotes(MessageSource messages, ConsoleDates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    public String of(ImpactPreview.Note note) {
        return of(note, LocaleContextHolder.getLocale());
    }

    public String of(ImpactPreview.Note note, Locale locale) {
        Object[] arguments = note.arguments().stream()
                .map(argument -> argument instanceof LocalDate day
                        ? dates.date(day, locale)
                        : note.code().equals("notInCustody")
                                ? messages.getMessage("enum." + argument, null, String.valueOf(argument), locale)
                                : argument)
                .toArray();
        return messages.getMessage("decree.note." + note.code(), arguments, note.text(), locale);
    }
}
