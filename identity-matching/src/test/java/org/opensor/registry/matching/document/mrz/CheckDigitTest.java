package org.opensor.registry.matching.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckDigitTest {

    @Test
    void computesTheCheckDigitsOfTheIcaoSpecimen() {
        assertThat(CheckDigit.of("L898902C3")).isEqualTo(6);
        assertThat(CheckDigit.of("740812")).isEqualTo(2);
        assertThat(CheckDigit.of("120415")).isEqualTo(9);
        assertThat(CheckDigit.of("ZE184226B<<<<<")).isEqualTo(1);
        assertThat(CheckDigit.of("L898902C36" + "7408122" + "1204159ZE184226B<<<<<1"))
                .as("composite")
                .isZero();
    }

    @Test
    void fillerCountsAsZero() {
        assertThat(CheckDigit.of("<<<<<<<<<")).isZero();
        assertThat(CheckDigit.of("A<")).isEqualTo(CheckDigit.of("A0"));
    }
}
