package org.opensor.registry.api.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON input: a value of the wrong JSON type is refused, never coerced ({@code true} is no name, {@code 1.5}
 * no whole number, a number no date); every text passes {@link InputText}; every date is a calendar date between
 * 1900 and 2199; duplicate keys and trailing content are refused. Each refusal names the field (see
 * {@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    /** Earliest and latest year a date in a request may have: a registry date outside them is a typing slip. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2199;

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        SimpleModule rules = new SimpleModule("opensor-input-rules")
                .addDeserializer(String.class, new CheckedText())
                .addDeserializer(LocalDate.class, new PlausibleDate());
        return builder -> builder.addModule(rules)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.DateTime,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    /** A value only from a JSON string (never a number or a boolean coerced), then checked by {@link #read}. */
    abstract static class FromJsonStringOnly<T> extends StdScalarDeserializer<T> {

        private final LogicalType logicalType;

        FromJsonStringOnly(Class<T> type, LogicalType logicalType) {
            super(type);
            this.logicalType = logicalType;
        }

        @Override
        public final LogicalType logicalType() {
            return logicalType;
        }

        @Override
        @SuppressWarnings("unchecked")
        public final T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return read(parser, parser.getString());
        }

        /** The value of {@code text}, or a {@link RefusedInput} naming the rule it breaks. */
        abstract T read(JsonParser parser, String text);
    }

    /** Text only from a JSON string, checked by {@link InputText} and capped at {@link InputText#MAX_LENGTH}. */
    static final class CheckedText extends FromJsonStringOnly<String> {

        CheckedText() {
            super(String.class, LogicalType.Textual);
        }

        @Override
        String read(JsonParser parser, String text) {
            if (text.length() > InputText.MAX_LENGTH) {
                throw new RefusedInput(
                        parser,
                        InputText.LENGTH_RULE,
                        "text longer than " + InputText.MAX_LENGTH + " characters",
                        String.class);
            }
            String refusal = InputText.refusal(text);
            if (refusal != null) {
                throw new RefusedInput(parser, InputText.CHARACTERS_RULE, "text contains " + refusal, String.class);
            }
            return InputText.withoutInvisibleSpaces(text);
        }
    }

    /** A date only as a {@code YYYY-MM-DD} string that names a day of the calendar between 1900 and 2199. */
    static final class PlausibleDate extends FromJsonStringOnly<LocalDate> {

        private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        PlausibleDate() {
            super(LocalDate.class, LogicalType.DateTime);
        }

        @Override
        LocalDate read(JsonParser parser, String text) {
            LocalDate date;
            try {
                if (!ISO_DATE.matcher(text).matches()) {
                    throw new DateTimeException("not YYYY-MM-DD");
                }
                date = LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw new RefusedInput(
                        parser, "calendar-date", "not a date in the calendar (YYYY-MM-DD)", LocalDate.class);
            }
            if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
                throw new RefusedInput(
                        parser,
                        "plausible-date",
                        "a date between " + FIRST_YEAR + " and " + LAST_YEAR,
                        LocalDate.class);
            }
            return date;
        }
    }
}
