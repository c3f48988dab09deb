package org.opensor.registry.matching.document.paxlst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The builder other modules' tests use writes manifests the parser reads without a problem, counts included. */
class PaxlstBuilderTest {

    @Test
    void aBuiltManifestReadsCleanlyWithEveryPassenger() {
        String edifact = PaxlstBuilder.flightOs101("REF0001")
                .passenger("SMITH", "JOHN PAUL", 'M', "700512", "GBR", "123456789", "300101")
                .passenger("KEOVANNA", null, null, "19681103:102", null, null, null)
                .build();

        PaxlstInterchange interchange = new PaxlstParser(PaxlstParserTest.MARCH_2026).parse(edifact);

        assertThat(interchange.problems()).isEmpty();
        assertThat(interchange.controlReference()).isEqualTo("REF0001");
        assertThat(interchange.travellers())
                .extracting(t -> t.holder().surname())
                .containsExactly("SMITH", "KEOVANNA");
        assertThat(interchange.travellers())
                .allSatisfy(t -> assertThat(t.problems()).isEmpty());
    }
}
