package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.matching.document.mrz.Td3Builder.aPassport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.matching.document.paxlst.PaxlstBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/** The border officer's console pages show manifest versions, the crossing leg and document facts. */
@IntegrationTest
class ConsoleBorderScreeningIT extends WithTestAccounts {

    @Autowired
    ElasticsearchClient elasticsearch;

    ConsolePermissionIT.Session officer;

    @BeforeEach
    void signIn() throws Exception {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        officer = ConsolePermissionIT.Session.signIn(port, "border", TestAccounts.PASSWORD);
    }

    @Test
    void aCorrectedManifestShowsItsVersionWhatChangedAndTheCrossingLeg() throws Exception {
        String reference = "INT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        PaxlstBuilder first = PaxlstBuilder.flightOs101(reference)
                .leg("OS210", "REP", "2603010700", "PNH", "2603010800")
                .leg("OS211", "PNH", "2603010930", "ICN", "2603011650")
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101");
        String corrected = PaxlstBuilder.flightOs101(reference)
                .leg("OS210", "REP", "2603010700", "PNH", "2603010800")
                .leg("OS211", "PNH", "2603010930", "ICN", "2603011650")
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .passenger("LY", "DARA", 'M', "800101", "KHM", "N7654321", "300101")
                .build();
        officer.get("/console/manifests");

        officer.post("/console/manifests", Map.of("manifest", first.build()));
        HttpResponse<String> second = officer.post("/console/manifests", Map.of("manifest", corrected));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body())
                .contains("Version 2 of this manifest")
                .contains("Added: LY DARA")
                .contains("leg 2 crosses the border")
                .contains("Flight <span>OS211</span>")
                .doesNotContain("Already screened");
    }

    @Test
    void aKhmerReadingOfficerScreensAManifestInKhmer() throws Exception {
        String reference = "INT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String first = PaxlstBuilder.flightOs101(reference)
                .leg("OS210", "REP", "2603010700", "PNH", "2603010800")
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .build();
        String corrected = PaxlstBuilder.flightOs101(reference)
                .leg("OS210", "REP", "2603010700", "PNH", "2603010800")
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .passenger("LY", "DARA", 'M', "800101", "KHM", "N7654321", "300101")
                .build();
        officer.speak("km");
        try {
            screensInKhmer(first, corrected);
        } finally {
            officer.speak("en");
        }
    }

    private void screensInKhmer(String first, String corrected) throws Exception {
        HttpResponse<String> empty = officer.get("/console/manifests");

        HttpResponse<String> refused = officer.post("/console/manifests", Map.of("manifest", ""));
        officer.post("/console/manifests", Map.of("manifest", first));
        HttpResponse<String> second = officer.post("/console/manifests", Map.of("manifest", corrected));

        assertThat(empty.body())
                .contains("ត្រួតពិនិត្យបញ្ជីឈ្មោះអ្នកដំណើរ")
                .doesNotContain("Screen a passenger manifest");
        assertThat(refused.body())
                .contains("សូមជ្រើសរើសឯកសារ PAXLST ឬបិទភ្ជាប់បញ្ជី")
                .doesNotContain("Choose a PAXLST file");
        assertThat(second.body())
                .contains("កំណែទី 2 នៃបញ្ជីនេះ")
                .contains("បានបន្ថែម៖ LY DARA")
                .contains("អ្នកដំណើរ")
                .doesNotContain("Travellers")
                .doesNotContain("Passenger");
    }

    /**
     * Issue 25: a Khmer-reading officer scans a passport whose date of birth the scanner read with an "O" for a zero;
     * the correction, where it is, the document's fields and its expiry all read in Khmer, nothing marked English.
     */
    @Test
    void aKhmerReadingOfficerReadsAScanningSlipAndTheDocumentInKhmer() throws Exception {
        String[] lines = aPassport()
                .state("KHM")
                .name("SLIP<<DARA")
                .birth("681103")
                .expiry("200101")
                .personalNumber("")
                .build()
                .split("\n");
        String slipped = lines[0] + "\n" + lines[1].substring(0, 17) + "O" + lines[1].substring(18);
        officer.speak("km");
        HttpResponse<String> screened;
        try {
            officer.get("/console/screenings");
            screened = officer.post("/console/screenings", Map.of("mrz", slipped, "borderPost", "PNH"));
        } finally {
            officer.speak("en");
        }

        assertThat(screened.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Element reading = org.jsoup.Jsoup.parse(screened.body()).getElementById("mrz-reading");
        assertThat(reading).as("the MRZ as read").isNotNull();
        assertThat(reading.getElementById("mrz-warnings").text())
                .contains("ថ្ងៃខែឆ្នាំកំណើត៖ បានអាន «O» ជាលេខ «0»")
                .contains("បន្ទាត់ទី 2 ទីតាំងទី 18");
        assertThat(reading.text())
                .contains("លិខិតឆ្លងដែន")
                .contains("2020-01-01 (ផុតសុពលភាពហើយ)")
                .doesNotContain("expired")
                .doesNotContain("read 'O'")
                .doesNotContain("Date of birth");
        assertThat(reading.select("[lang=en]"))
                .as("English left on the MRZ as read")
                .isEmpty();
    }

    @Test
    void anExpiredGermanPassportAndATypedSingleNameAreScreened() throws Exception {
        String mrz = aPassport()
                .state("D")
                .name("MUSTERMANN<<ERIKA")
                .birth("640812")
                .sex("F")
                .expiry("171031")
                .personalNumber("")
                .build();
        officer.get("/console/screenings");

        HttpResponse<String> passport = officer.post("/console/screenings", Map.of("mrz", mrz, "borderPost", "PNH"));
        officer.get("/console/screenings");
        HttpResponse<String> typed =
                officer.post("/console/screenings", Map.of("givenNames", "SUKARNO", "borderPost", "PNH"));

        assertThat(passport.body()).contains("2017-10-31 (expired)").contains("D (compared as DEU)");
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.body()).doesNotContain("surname is required").contains("SUKARNO");
    }
}
