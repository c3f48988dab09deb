package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantRequestBuilder;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.photo.TestImages;

/**
 * Issue 25 items 4 and 5 in the console as a signed-in clerk sees them: photos added and shown (each view audited),
 * the identity corrected with a stale form told in plain words, the wider duplicate check with its reasons, and the
 * printable record and PDF with the purpose and who printed it.
 */
@IntegrationTest
class ConsoleRecordIT extends WithTestAccounts {

    private static final String PURPOSE = "CASE-1 console permission matrix test";
    private static final Pattern PHOTO = Pattern.compile("/console/registrants/[0-9a-f-]{36}/photos/([0-9a-f-]{36})");

    @Test
    void aClerkAddsPhotosAndTheRecordShowsThemEachViewAudited() throws Exception {
        String id = person("SOK", "1980-02-03", null);
        ConsolePermissionIT.Session clerk = clerk();
        clerk.get("/console/registrants/" + id + "/photos/new");

        HttpResponse<String> refused = clerk.postFile(
                "/console/registrants/" + id + "/photos/new",
                "file",
                "scan.gif",
                "image/jpeg",
                TestImages.gif(200, 200));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("scan.gif: this is not a JPEG or PNG photo")
                .contains("id=\"file-error\"");

        HttpResponse<String> added = clerk.postFile(
                "/console/registrants/" + id + "/photos/new",
                "file",
                "face.jpg",
                "image/jpeg",
                TestImages.jpegWithExifAndXmp(300, 400));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);

        String record = clerk.get("/console/registrants/" + id).body();
        assertThat(record).contains("1 photo(s) added to the record.").contains("Photo 1 of SOK");
        Matcher photo = PHOTO.matcher(record);
        assertThat(photo.find()).isTrue();
        HttpResponse<byte[]> image = clerk.client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + photo.group()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(new String(image.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude");
        assertThat(jdbc.sql("""
                select count(*) from registry.audit_event where actor = 'clerk' and action = 'GET /console/registrants/{id}/photos/{photoId}'
                and record_id = :id and purpose = :purpose
                """)
                        .param("id", id)
                        .param("purpose", PURPOSE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aClerkCorrectsTheIdentityAndAStaleFormIsToldInPlainWords() throws Exception {
        String id = person("CHHUN", "1979-06", null);
        ConsolePermissionIT.Session clerk = clerk();
        String form = clerk.get("/console/registrants/" + id + "/edit").body();
        assertThat(form)
                .contains("Correct the identity")
                .contains("value=\"CHHUN\"")
                .contains("name=\"version\" value=\"1\"");

        HttpResponse<String> saved =
                clerk.post("/console/registrants/" + id + "/edit", edit("CHHUON", "1", "passport spelling"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(clerk.get("/console/registrants/" + id).body())
                .contains("Identity corrected.")
                .contains("CHHUON");

        // A second clerk's form, opened before the first saved, still says version 1.
        HttpResponse<String> stale =
                clerk.post("/console/registrants/" + id + "/edit", edit("CHUN", "1", "court order spelling"));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body())
                .contains("Someone else changed this record while you were correcting it")
                .contains("value=\"CHUN\"")
                .contains("name=\"version\" value=\"2\"")
                .doesNotContain("You cannot open this page");
        assertThat(api.get("/api/v1/registrants/" + id, "clerk", PURPOSE)
                        .json()
                        .get("familyName")
                        .asString())
                .isEqualTo("CHHUON");
    }

    @Test
    void theDuplicateCheckAsksAboutAOneLetterVariantAndTheSameKhmerNameAndSaysWhy() throws Exception {
        String family = "D" + TestNames.unique().toUpperCase();
        person(family, "1985-04-17", null);
        String khmer = "សុខ " + TestNames.unique();
        person("KHM" + TestNames.unique().toUpperCase(), "1985-04", khmer);
        ConsolePermissionIT.Session clerk = clerk();
        clerk.get("/console/registrants/new");

        HttpResponse<String> oneLetter =
                clerk.post("/console/registrants/new", register(family, "Sokhar", "1985-04-17", null));
        assertThat(oneLetter.statusCode()).isEqualTo(200);
        assertThat(oneLetter.body())
                .contains("This person may already be registered")
                .contains(family + " Sokha")
                .contains("the name differs by one letter")
                .contains("Born 1985-04-17");

        HttpResponse<String> sameKhmer = clerk.post(
                "/console/registrants/new",
                register("TEST" + TestNames.unique().toUpperCase(), "Other", "1985-04-09", khmer));
        assertThat(sameKhmer.body()).contains("same Khmer name (" + khmer + ") and born in the same month (1985-04)");

        HttpResponse<String> otherMonth = clerk.post(
                "/console/registrants/new",
                register("TEST" + TestNames.unique().toUpperCase(), "Other", "1985-05-09", khmer));
        assertThat(otherMonth.statusCode())
                .as("a different month is another person")
                .isEqualTo(302);
    }

    @Test
    void thePrintedRecordAndThePdfCarryThePurposeAndWhoPrintedThem() throws Exception {
        String id = person("PRINT", "1970-01-01", null);
        ConsolePermissionIT.Session clerk = clerk();

        String printed = clerk.get("/console/registrants/" + id + "/print").body();
        assertThat(printed)
                .contains("Purpose: " + PURPOSE)
                .contains("Printed by clerk (Court clerk)")
                .contains("PRINT");

        HttpResponse<byte[]> pdf = clerk.client.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/console/registrants/" + id + "/record.pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = PdfText.of(pdf.body());
        assertThat(text)
                .contains("Purpose: " + PURPOSE)
                .contains("Printed by clerk")
                .contains("Page 1 of");
        assertThat(jdbc.sql(
                                "select count(*) from registry.audit_event where action = 'GET /console/registrants/{id}/record.pdf' and record_id = :id"
                                        + " and purpose = :purpose")
                        .param("id", id)
                        .param("purpose", PURPOSE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private ConsolePermissionIT.Session clerk() throws Exception {
        ConsolePermissionIT.Session clerk = ConsolePermissionIT.Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        clerk.statePurpose();
        return clerk;
    }

    private String person(String family, String dateOfBirth, String khmer) {
        RegistrantRequestBuilder person = aRegistrant()
                .named(family, "Sokha")
                .bornOn(dateOfBirth)
                .nationalities("KHM")
                .with("confirmedDistinctPerson", true);
        if (khmer != null) {
            person.originalScriptName(khmer);
        }
        return registeredByTheClerk(person.json());
    }

    private static Map<String, String> edit(String family, String version, String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", version);
        form.put("familyName", family);
        form.put("givenNames", "Sokha");
        form.put("dateOfBirth", "1979-06");
        form.put("sex", "MALE");
        form.put("nationalities[0]", "KHM");
        form.put("reason", reason);
        return form;
    }

    private static Map<String, String> register(String family, String given, String dateOfBirth, String khmer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("familyName", family);
        form.put("givenNames", given);
        if (khmer != null) {
            form.put("originalScriptName", khmer);
        }
        form.put("dateOfBirth", dateOfBirth);
        form.put("sex", "MALE");
        form.put("nationalities[0]", "KHM");
        return form;
    }
}
