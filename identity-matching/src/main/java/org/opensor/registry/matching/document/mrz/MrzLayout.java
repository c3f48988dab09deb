package org.opensor.registry.matching.document.mrz;

import java.util.List;

/**
 * Where each field sits in one MRZ format (ICAO 9303 parts 4 to 7). Spans are 1-based as in the standard, so they
 * can be checked against its tables; a null span means the format has no such field.
 */
record MrzLayout(
        MrzFormat format,
        Span documentCode,
        Span issuingState,
        Span name,
        Span documentNumber,
        Span documentNumberCheck,
        Span nationality,
        Span birthDate,
        Span birthDateCheck,
        Span sex,
        Span expiryDate,
        Span expiryDateCheck,
        Span optionalData1,
        Span optionalData1Check,
        Span optionalData2,
        Span compositeCheck,
        List<Span> compositeData,
        boolean longDocumentNumberAllowed) {

    /** Characters {@code start..start+length-1} of line {@code line}, all 1-based. */
    record Span(int line, int start, int length) {}

    static MrzLayout of(MrzFormat format) {
        return switch (format) {
            case TD1 ->
                new MrzLayout(
                        format,
                        span(1, 1, 2),
                        span(1, 3, 3),
                        span(3, 1, 30),
                        span(1, 6, 9),
                        span(1, 15, 1),
                        span(2, 16, 3),
                        span(2, 1, 6),
                        span(2, 7, 1),
                        span(2, 8, 1),
                        span(2, 9, 6),
                        span(2, 15, 1),
                        span(1, 16, 15),
                        null,
                        span(2, 19, 11),
                        span(2, 30, 1),
                        List.of(span(1, 6, 25), span(2, 1, 7), span(2, 9, 7), span(2, 19, 11)),
                        true);
            case TD2 -> twoLine(format, 7, null, true);
            case TD3 -> twoLine(format, 14, span(2, 43, 1), false);
            case MRV_A -> twoLine(format, 16, null, false);
            case MRV_B -> twoLine(format, 8, null, false);
        };
    }

    /** TD2, TD3 and the visas share line 2 up to the optional data; only TD2 and TD3 end with a composite. */
    private static MrzLayout twoLine(
            MrzFormat format, int optionalLength, Span optionalCheck, boolean longDocumentNumberAllowed) {
        int width = format.lineLength();
        boolean visa = format == MrzFormat.MRV_A || format == MrzFormat.MRV_B;
        Span composite = visa ? null : span(2, width, 1);
        List<Span> compositeData = visa ? List.of() : List.of(span(2, 1, 10), span(2, 14, 7), span(2, 22, width - 22));
        return new MrzLayout(
                format,
                span(1, 1, 2),
                span(1, 3, 3),
                span(1, 6, width - 5),
                span(2, 1, 9),
                span(2, 10, 1),
                span(2, 11, 3),
                span(2, 14, 6),
                span(2, 20, 1),
                span(2, 21, 1),
                span(2, 22, 6),
                span(2, 28, 1),
                span(2, 29, optionalLength),
                optionalCheck,
                null,
                composite,
                compositeData,
                longDocumentNumberAllowed);
    }

    private static Span span(int line, int start, int length) {
        return new Span(line, start, length);
    }
}
