package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
 * printable record and PDF with the purpose and who printed it. Issue 25 items 1 and 2: a clerk and a police officer
 * who read Khmer go through every record page without meeting an English word or a constant.
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

    @Test
    void aClerkAndAPoliceOfficerWorkARecordInKhmerWithoutMeetingEnglish() throws Exception {
        String family = "K" + TestNames.unique().toUpperCase();
        // what the officers typed, the product's name, and the example in the hint of a field for Latin letters
        List<String> typed = new ArrayList<>(List.of(family, "clerk", "police", PURPOSE, "OpenSOR", "Sokha"));
        ConsolePermissionIT.Session clerk = clerk();
        clerk.speak("km");
        try {
            List<String> pages = new ArrayList<>();
            // other tests' people are in the list too, with what they typed: the list shows this test's person only
            pages.add(clerk.get("/console/registrants?namePrefix=" + family).body());
            pages.add(clerk.get("/console/registrants/new").body());
            Map<String, String> person = register(family, "សុខា", "1985-04", "សុខ សុខា");
            person.put("nationalities[0]", "XX");
            pages.add(clerk.post("/console/registrants/new", person).body());
            person.put("nationalities[0]", "KHM");
            person.put("confirmedDistinctPerson", "true");
            HttpResponse<String> registered = clerk.post("/console/registrants/new", person);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
            String record = URI.create(
                            registered.headers().firstValue("Location").orElseThrow())
                    .getPath();
            String id = record.substring(record.lastIndexOf('/') + 1);
            pages.add(clerk.get(record).body());

            String convictionForm = clerk.get(record + "/convictions/new").body();
            pages.add(convictionForm);
            Matcher offence = Pattern.compile("<option value=\"([^\"]+)\"").matcher(convictionForm);
            assertThat(offence.find()).isTrue();
            Map<String, String> conviction = new LinkedHashMap<>();
            conviction.put("version", "1");
            conviction.put("court", "សាលាដំបូងរាជធានីភ្នំពេញ");
            conviction.put("caseNumber", "១២/២០២៤");
            conviction.put("judgmentDate", "2999-01-01");
            conviction.put("convictedIn", "DOMESTIC");
            conviction.put("offenceId", offence.group(1));
            conviction.put("victimMinor", "true");
            conviction.put("sentenceMonths", "ប្រាំ");
            pages.add(clerk.post(record + "/convictions/new", conviction).body());
            conviction.put("judgmentDate", "2024-11-05");
            conviction.put("sentenceMonths", "60");
            assertThat(clerk.post(record + "/convictions/new", conviction).statusCode())
                    .isEqualTo(302);
            pages.add(clerk.get(record).body());

            pages.add(clerk.get(record + "/custody-events/new").body());
            Map<String, String> bail = custody("RELEASED_ON_BAIL", "2");
            pages.add(clerk.post(record + "/custody-events/new", bail).body());
            assertThat(clerk.post(record + "/custody-events/new", custody("ADMITTED", "2"))
                            .statusCode())
                    .isEqualTo(302);
            pages.add(clerk.get(record).body());
            Map<String, String> pardon = custody("ROYAL_PARDON", "3");
            pardon.put("decreeNumber", "១២៣");
            pardon.put("decreeDate", "2025-06-01");
            assertThat(clerk.post(record + "/custody-events/new", pardon).statusCode())
                    .isEqualTo(302);
            pages.add(clerk.get(record).body());
            pages.add(clerk.get(record + "/history").body());
            pages.add(clerk.get(record + "/edit").body());
            pages.add(clerk.get(record + "/print").body());

            ConsolePermissionIT.Session police =
                    ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
            police.statePurpose();
            police.speak("km");
            try {
                pages.add(police.get(record + "/addresses/new").body());
                Map<String, String> address = new LinkedHashMap<>();
                address.put("kind", "RESIDENCE");
                address.put("line", "ផ្ទះលេខ ១២ ផ្លូវ ២៧១");
                address.put("country", "KHM");
                address.put("validFrom", "2026-13-01");
                pages.add(police.post(record + "/addresses/new", address).body());
                address.put("validFrom", "2025-07-01");
                assertThat(police.post(record + "/addresses/new", address).statusCode())
                        .isEqualTo(302);
                pages.add(police.get(record).body());
                pages.add(police.get(record + "/verifications/new").body());
                Map<String, String> verification = new LinkedHashMap<>();
                verification.put("version", "1");
                verification.put("verifiedOn", "2025-08-01");
                verification.put("outcome", "CONFIRMED_AT_ADDRESS");
                pages.add(
                        police.post(record + "/verifications/new", verification).body());
                verification.remove("version");
                assertThat(police.post(record + "/verifications/new", verification)
                                .statusCode())
                        .isEqualTo(302);
                pages.add(police.get(record).body());
                pages.add(police.get(record + "/history").body());
                pages.add(
                        police.get("/console/registrants?namePrefix=" + family).body());
            } finally {
                police.speak("en");
            }

            assertThat(pages)
                    .allSatisfy(page -> assertThat(englishIn(page, typed))
                            .as("English words or constants on a Khmer record page of %s", id)
                            .isEmpty());
        } finally {
            clerk.speak("en");
        }
    }

    /** The words in Latin letters (or constants) a page's main part shows, leaving out what the officers typed. */
    private static List<String> englishIn(String page, List<String> typed) {
        Element main = Jsoup.parse(page).selectFirst("main");
        assertThat(main).as(page).isNotNull();
        StringBuilder shown = new StringBuilder(main.text());
        for (Element element : main.select("[aria-label], [title], [placeholder], [alt]")) {
            for (String attribute : List.of("aria-label", "title", "placeholder", "alt")) {
                shown.append(' ').append(element.attr(attribute));
            }
        }
        String text = shown.toString();
        for (String value : typed) {
            text = text.replace(value, " ");
        }
        List<String> english = new ArrayList<>();
        Matcher word = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*|[A-Z]+_[A-Z_]+").matcher(text);
        while (word.find()) {
            english.add(word.group());
        }
        return english;
    }

    private static Map<String, String> custody(String type, String version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", version);
        form.put("type", type);
        form.put("effectiveDate", "2025-01-10");
        form.put("sourceDocument", "ដីកាលេខ ៤២");
        return form;
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
