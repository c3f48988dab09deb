package org.opensor.registry.notification.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.MalformedEventException;

class RegistrantFactsReaderTest {

    private final RegistrantFactsReader reader = new RegistrantFactsReader();
    private final UUID id = UUID.randomUUID();

    @Test
    void readsTheIdentityCoreAndLeavesUnpublishedFactsUnknown() {
        RegistrantFactsReader.Projected p = reader.read(json("""
                {"registrantId":"%s","version":3,"familyName":"SOK","givenNames":"Sokha","sex":"MALE","nationalities":["KHM","FRA"],
                 "changedAt":"2026-01-05T08:00:00Z"}"""));

        assertThat(p.version()).isEqualTo(3);
        assertThat(p.facts().registrantId()).isEqualTo(id);
        assertThat(p.facts().nationalities()).containsExactly("KHM", "FRA");
        assertThat(p.facts().custodyStatus()).isNull();
        assertThat(p.facts().residenceDistrict()).isNull();
    }

    @Test
    void readsCustodyAndTheCurrentResidenceWhenPublishedAndIgnoresFieldsItDoesNotKnow() {
        RegistrantFactsReader.Projected p = reader.read(json("""
                {"registrantId":"%s","version":7,"familyName":"SOK","custodyStatus":"ON_BAIL","someFutureField":{"x":1},
                 "addresses":[
                   {"kind":"RESIDENCE","line":"old","district":"Daun Penh","country":"KHM","validFrom":"2020-01-01","validTo":"2025-12-31"},
                   {"kind":"EMPLOYMENT","line":"work","district":"Toul Kork","country":"KHM","validFrom":"2026-01-01"},
                   {"kind":"RESIDENCE","line":"St 123","district":"Chamkar Mon","country":"KHM","validFrom":"2026-01-01"}]}"""));

        assertThat(p.facts().custodyStatus()).isEqualTo("ON_BAIL");
        assertThat(p.facts().residenceDistrict()).isEqualTo("Chamkar Mon");
        assertThat(p.facts().residenceCountry()).isEqualTo("KHM");
    }

    @Test
    void aStateWithoutIdOrVersionOrNotJsonIsMalformed() {
        assertThatThrownBy(() -> reader.read("{}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedEventException.class).hasMessageContaining("registrantId");
        assertThatThrownBy(() -> reader.read(json("{\"registrantId\":\"%s\"}"))).isInstanceOf(MalformedEventException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> reader.read("{broken".getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(MalformedEventException.class);
    }

    private byte[] json(String template) {
        return template.formatted(id).getBytes(StandardCharsets.UTF_8);
    }
}
