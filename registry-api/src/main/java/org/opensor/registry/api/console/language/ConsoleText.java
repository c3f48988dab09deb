package org.opensor.registry.api.console.language;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The console's words in the reader's language, for code that builds text outside a template (errors beside
 * fields, messages after an action). A static door too, because form helpers are static and run in requests.
 */
@Component("consoleText")
public class ConsoleText {

    private static volatile MessageSource shared;

    private final MessageSource messages;

    public ConsoleText(MessageSource messages) {
        this.messages = messages;
        shared = messages;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    public String get(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The words of {@code key}, or {@code otherwise} when no bundle has it (a code the console has no words for). */
    public String first(Locale locale, String otherwise, String key) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    /** The words of {@code key} with {@code arguments}, or {@code otherwise} when no bundle has it. */
    public String first(Locale locale, String otherwise, String key, Object[] arguments) {
        return messages.getMessage(key, arguments, otherwise, locale);
    }

    /** The first of {@code keys} the bundles know, or {@code otherwise}; in the request's language. */
    public static String first(String otherwise, Object[] arguments, String... keys) {
        MessageSource source = shared;
        if (source == null) {
            return otherwise;
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (String key : keys) {
            try {
                return source.getMessage(key, arguments, locale);
            } catch (NoSuchMessageException e) {
                // try the next, more general key
            }
        }
        return otherwise;
    }
}
