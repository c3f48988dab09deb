package org.opensor.registry.matching.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IcaoStateCodesTest {

    @Test
    void germanyBritishCodesAndIsoCodesCompareAsTheirCountry() {
        assertThat(IcaoStateCodes.comparableCountry("D")).hasValue("DEU");
        assertThat(IcaoStateCodes.comparableCountry("GBN")).hasValue("GBR");
        assertThat(IcaoStateCodes.comparableCountry("GBD")).hasValue("GBR");
        assertThat(IcaoStateCodes.comparableCountry("KHM")).hasValue("KHM");
    }

    @Test
    void organizationsStatelessAndRefugeeCodesNameNoCountry() {
        for (String code : new String[] {"UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "EUE", "XOM", "XPO", "XES"}) {
            assertThat(IcaoStateCodes.isIcao9303(code)).as(code).isTrue();
            assertThat(IcaoStateCodes.isIso3166Alpha3(code)).as(code).isFalse();
            assertThat(IcaoStateCodes.comparableCountry(code)).as(code).isEmpty();
        }
        assertThat(IcaoStateCodes.icaoMeaning("XXA"))
                .hasValueSatisfying(m -> assertThat(m).contains("stateless"));
    }

    @Test
    void unassignedCodesAreNeitherIsoNorIcao() {
        for (String code : new String[] {"ZZZ", "AAA", "XYZ", "", "khm"}) {
            assertThat(IcaoStateCodes.isIcao9303(code)).as(code).isFalse();
            assertThat(IcaoStateCodes.comparableCountry(code)).as(code).isEmpty();
        }
        assertThat(IcaoStateCodes.isIcao9303(null)).isFalse();
    }
}
