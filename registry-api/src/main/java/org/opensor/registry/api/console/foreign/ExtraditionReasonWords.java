package org.opensor.registry.api.console.foreign;

import java.util.Locale;
import org.opensor.registry.api.extradition.ExtraditionAssessment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The registry's reasoning for one decision-support criterion in the reader's language: the reason's sentence
 * ({@code foreign.reason.<REASON>}) with its arguments, an argument that is itself a word of the reasoning (where the
 * penalty threshold comes from) said in words too ({@code foreign.reason.word.<argument>}).
 */
@Component
class ExtraditionReasonWords {

    private final MessageSource messages;

    ExtraditionReasonWords(MessageSource messages) {
        this.messages = messages;
    }

    String of(ExtraditionAssessment.Criterion criterion, Locale locale) {
        Object[] arguments = criterion.reasonArguments().stream()
                .map(argument -> messages.getMessage("foreign.reason.word." + argument, null, argument, locale))
                .toArray();
        return messages.getMessage("foreign.reason." + criterion.reasonCode().name(), arguments, locale);
    }
}
