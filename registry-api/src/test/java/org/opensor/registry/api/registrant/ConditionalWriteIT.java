package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantRequestBuilder;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;

/**
 * Issue 21 finding 8: {@code If-Match} as RFC 9110 §13.1.1 defines it. {@code *} matches any current
 * representation; the comparison is strong, so a weak tag matches nothing and the write is refused with 412.
 */
@IntegrationTest
class ConditionalWriteIT extends WithTestAccounts {

    String path;

    @BeforeEach
    void aRegistrant() {
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                RegistrantRequestBuilder.aRegistrant()
                        .named(TestNames.unique().toUpperCase(), "Dara")
                        .bornOn("1980-02-01")
                        .nationalities("KHM")
                        .confirmedDistinct("Judgment 8/2026 received from the court")
                        .json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        path = "/api/v1/registrants/" + created.json().get("id").asString();
    }

    @Test
    void anAsteriskMatchesTheCurrentVersion() {
        ApiClient.Reply changed = api.put(path, "clerk", identity(), "*");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.raw().headers().firstValue("ETag")).hasValue("\"2\"");
    }

    @Test
    void aWeakTagNeverMatches() {
        ApiClient.Reply refused = api.put(path, "clerk", identity(), "W/\"1\"");

        assertThat(refused.status()).as(refused.body()).isEqualTo(412);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").toString())
                .contains("\"field\":\"If-Match\"")
                .contains("\"rule\":\"strong-etag\"");
        assertThat(api.get(path, "clerk", "CASE-2026-0008 conditional write test")
                        .json()
                        .get("version")
                        .asLong())
                .as("nothing written")
                .isOne();
    }

    private static String identity() {
        return RegistrantRequestBuilder.aRegistrant()
                .named("KEO", "Changed")
                .bornOn("1980-02-01")
                .nationalities("KHM")
                .with("reason", "typo")
                .json();
    }
}
