package org.opensor.registry.api.console.record;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.opensor.registry.api.photo.StoredImage;
import org.opensor.registry.api.registrant.web.RegistrantResponse;
import org.springframework.context.MessageSource;

/**
 * The PDF of a record (OpenPDF): the record's parts in the reader's language, then on every page a header (what it
 * is, the purpose) and a footer (who printed it, when, page n of m), stamped once the page count is known. Khmer is
 * shaped through Java's text layout with the Khmer OS font when the machine has it (Debian's fonts-khmeros).
 */
final class RecordPdf {

    /** Where the Khmer OS font is looked for; without it, Khmer text is left out of the PDF's glyphs. */
    static final List<Path> KHMER_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/khmeros/KhmerOS.ttf"),
            Path.of("/usr/share/fonts/truetype/khmeros/KhmerOScontent.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-khmeros/KhmerOS.ttf"));

    static {
        // Complex-script shaping (Khmer subscripts and vowel signs) through java.awt's layout; global to OpenPDF.
        LayoutProcessor.enable();
    }

    /** What every page carries; {@code page} is a pattern with {0} (this page) and {1} (the count). */
    record Stamp(String confidential, String purpose, String printedBy, String page) {}

    private final MessageSource messages;
    private final Locale locale;
    private final Labels labels;
    private final Font latin = new Font(Font.HELVETICA, 10);
    private final Font latinBold = new Font(Font.HELVETICA, 10, Font.BOLD);
    private final Font script = KhmerFont.FONT;

    RecordPdf(MessageSource messages, Locale locale, Labels labels) {
        this.messages = messages;
        this.locale = locale;
        this.labels = labels;
    }

    byte[] write(RegistrantResponse record, boolean identityOnly, Stamp stamp, List<StoredImage> photos) {
        try {
            return stamp(body(record, identityOnly, photos), stamp);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the PDF of a record could not be written", e);
        }
    }

    private byte[] body(RegistrantResponse r, boolean identityOnly, List<StoredImage> photos)
            throws DocumentException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 70, 60);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text("record.print.title"), new Font(Font.HELVETICA, 16, Font.BOLD)));
        document.add(new Paragraph(phrase(
                r.familyName() + " " + r.givenNames()
                        + (r.originalScriptName() == null ? "" : "  " + r.originalScriptName()),
                true)));
        if (identityOnly) {
            document.add(new Paragraph(phrase(text("record.print.identityOnly"), false)));
        }
        section(document, "record.section.identity");
        PdfPTable identity = table();
        row(identity, "record.label.familyName", r.familyName());
        row(identity, "record.label.givenNames", r.givenNames());
        row(identity, "record.label.originalScriptName", r.originalScriptName());
        row(identity, "record.label.dateOfBirth", r.dateOfBirth());
        row(identity, "record.label.sex", Labels.of(r.sex()));
        if (!identityOnly) {
            row(identity, "record.label.placeOfBirth", r.placeOfBirth());
        }
        row(identity, "record.label.nationalities", labels.countries(r.nationalities()));
        document.add(identity);
        for (StoredImage photo : photos) {
            Image image = Image.getInstance(photo.bytes());
            image.scaleToFit(120, 150);
            document.add(image);
        }
        if (!r.aliases().isEmpty()) {
            section(document, "record.section.aliases");
            PdfPTable aliases = table();
            r.aliases()
                    .forEach(a ->
                            row(aliases, null, join(a.familyName(), a.givenNames(), a.fullName(), a.dateOfBirth())));
            document.add(aliases);
        }
        if (!r.documents().isEmpty()) {
            section(document, "record.section.documents");
            PdfPTable documents = table();
            r.documents()
                    .forEach(d -> row(
                            documents,
                            null,
                            join(
                                    Labels.of(d.type()),
                                    d.number(),
                                    labels.country(d.issuingState()),
                                    d.expiresOn() == null ? null : labels.date(d.expiresOn()))));
            document.add(documents);
        }
        if (!identityOnly) {
            section(document, "record.section.registration");
            PdfPTable registration = table();
            if (r.registration() == null) {
                row(registration, null, text("record.registration.none"));
            } else {
                row(
                        registration,
                        "record.label.status",
                        Labels.of(r.registration().status()));
                row(
                        registration,
                        "record.label.tier",
                        Labels.of(r.registration().tier()));
                row(
                        registration,
                        "record.label.nextVerification",
                        r.registration().nextVerificationDue() == null
                                ? text("record.label.none")
                                : labels.date(r.registration().nextVerificationDue()));
                row(
                        registration,
                        "record.label.compliance",
                        Labels.of(r.registration().complianceStatus()));
            }
            row(registration, "record.label.custody", Labels.of(r.custodyStatus()));
            document.add(registration);
            section(document, "record.section.convictions");
            PdfPTable convictions = table();
            r.convictions()
                    .forEach(c -> row(
                            convictions,
                            null,
                            join(
                                    labels.date(c.judgmentDate()),
                                    c.court(),
                                    c.caseNumber(),
                                    messages.getMessage(
                                            "record.view.conviction.article",
                                            new Object[] {labels.statute(c.offenceId(), c.statute()), c.article()},
                                            locale),
                                    Labels.of(c.offenceCategory()))));
            document.add(convictions);
            section(document, "record.section.custody");
            PdfPTable custody = table();
            r.custodyEvents()
                    .forEach(e -> row(
                            custody,
                            null,
                            join(
                                    labels.date(e.effectiveDate()),
                                    Labels.of(e.type()),
                                    e.sourceDocument(),
                                    e.decreeNumber())));
            document.add(custody);
            section(document, "record.section.addresses");
            PdfPTable addresses = table();
            r.addresses()
                    .forEach(a -> row(
                            addresses,
                            null,
                            join(
                                    Labels.of(a.kind()),
                                    a.line(),
                                    a.district(),
                                    a.province(),
                                    labels.country(a.country()),
                                    labels.date(a.validFrom()))));
            document.add(addresses);
        }
        document.add(new Paragraph(phrase(
                labels.when(r.updatedAt()) + " · "
                        + messages.getMessage(
                                "record.history.version", new Object[] {Long.toString(r.version())}, locale),
                false)));
        document.close();
        return out.toByteArray();
    }

    /** Header and footer on every page, now that the page count is known. */
    private byte[] stamp(byte[] body, Stamp stamp) throws IOException {
        PdfReader reader = new PdfReader(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PdfContentByte over = stamper.getOverContent(page);
                float width = reader.getPageSize(page).getWidth();
                float height = reader.getPageSize(page).getHeight();
                ColumnText.showTextAligned(
                        over, Element.ALIGN_LEFT, phrase(stamp.confidential(), true), 40, height - 30, 0);
                ColumnText.showTextAligned(
                        over, Element.ALIGN_LEFT, phrase(stamp.purpose(), false), 40, height - 45, 0);
                over.moveTo(40, height - 52);
                over.lineTo(width - 40, height - 52);
                over.stroke();
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, phrase(stamp.printedBy(), false), 40, 30, 0);
                ColumnText.showTextAligned(
                        over,
                        Element.ALIGN_RIGHT,
                        phrase(MessageFormat.format(stamp.page(), page, pages), false),
                        width - 40,
                        30,
                        0);
            }
            stamper.close();
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            reader.close();
        }
        return out.toByteArray();
    }

    private void section(Document document, String key) throws DocumentException {
        Paragraph title = new Paragraph(phrase(text(key), true));
        title.setSpacingBefore(12);
        title.setSpacingAfter(4);
        document.add(title);
    }

    private PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {1, 2});
        table.setWidthPercentage(100);
        return table;
    }

    private void row(PdfPTable table, String labelKey, String value) {
        if (labelKey == null) {
            table.addCell(phrase("", false));
            table.addCell(phrase(value == null ? "" : value, false));
            return;
        }
        table.addCell(phrase(text(labelKey), true));
        table.addCell(phrase(value == null || value.isBlank() ? text("record.notRecorded") : value, false));
    }

    /** Latin text in Helvetica; anything else in the Khmer font, shaped. */
    private Phrase phrase(String text, boolean bold) {
        boolean latinOnly = text.codePoints().allMatch(c -> c < 0x2000);
        if (latinOnly || script == null) {
            return new Phrase(text, bold ? latinBold : latin);
        }
        return new Phrase(text, script);
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .reduce((a, b) -> a + " · " + b)
                .orElse("");
    }

    /** Loaded once, on the first PDF: reading and embedding the font file is the slow part of a small PDF. */
    private static final class KhmerFont {
        static final Font FONT = khmerFont();
    }

    private static Font khmerFont() {
        for (Path path : KHMER_FONTS) {
            if (Files.isReadable(path)) {
                try {
                    BaseFont base = BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    LayoutProcessor.loadFont(base, path.toString());
                    return new Font(base, 10);
                } catch (DocumentException | IOException e) {
                    throw new UncheckedIOException(new IOException("the Khmer font " + path + " could not be read", e));
                }
            }
        }
        return null;
    }
}
