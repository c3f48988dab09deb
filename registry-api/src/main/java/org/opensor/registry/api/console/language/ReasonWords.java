package org.opensor.registry.api.console.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opensor.registry.matching.score.Reason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A matcher's reason in the reader's language: {@code reason.<code>} from the bundles with the reason's arguments
 * (names, dates, document numbers as the records write them). The API keeps the reason's English; a reason the
 * bundles have no words for (a new code, or one made outside the matcher) is shown in that English, never as a code.
 * Templates call it as {@code @reasonWords}.
 */
@Component("reasonWords")
public class ReasonWords {

    private final MessageSource messages;

    ReasonWords(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Reason reason) {
        return of(reason, LocaleContextHolder.getLocale());
    }

    public String of(Reason reason, Locale locale) {
        if (reason == null) {
            return null;
        }
        if (Reason.WORDED.equals(reason.code())) {
            return reason.text();
        }
        List<Object> arguments = new ArrayList<>(reason.arguments());
        if (reason.code().startsWith("sex.")) {
            arguments.replaceAll(sex -> word("enum." + sex, String.valueOf(sex), locale));
        }
        if (reason.code().startsWith("word.close.") && arguments.size() > 2) {
            arguments.set(2, rules(String.valueOf(arguments.get(2)), locale));
        }
        return messages.getMessage("reason." + reason.code(), arguments.toArray(), reason.text(), locale);
    }

    /** Each spelling rule of a word comparison ("sounds alike", "doubled final consonant") in the reader's words. */
    private String rules(String explanation, Locale locale) {
        String whole = word("reason.rule." + slug(explanation), null, locale);
        if (whole != null) {
            return whole;
        }
        return topLevelParts(explanation).stream()
                .map(rule -> word("reason.rule." + slug(rule), rule, locale))
                .collect(Collectors.joining(", "));
    }

    private String word(String key, String otherwise, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    /** "Aspirated consonant (ch/chh, k/kh)" → "aspirated-consonant-ch-chh-k-kh": a bundle key's last part. */
    static String slug(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The rules of a joined explanation, split at the commas outside parentheses. */
    static List<String> topLevelParts(String explanation) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < explanation.length(); i++) {
            char c = explanation.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                parts.add(explanation.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(explanation.substring(start).strip());
        return parts;
    }
}
