package org.opensor.registry.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsQuotedFieldsWithCommasAndQuotes() {
        List<List<String>> rows = CsvRows.parse("a,b,c\r\n\"Smith, John\",\"say \"\"hi\"\"\",\n");

        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("Smith, John", "say \"hi\"", ""));
    }

    @Test
    void countsPrecisionRecallAndF1() {
        BinaryCounts counts = BinaryCounts.NONE
                .add(true, true)
                .add(true, false)
                .add(false, true)
                .add(true, true);

        assertThat(counts.precision()).isEqualTo(2.0 / 3);
        assertThat(counts.recall()).isEqualTo(2.0 / 3);
        assertThat(counts.f1()).isEqualTo(2.0 / 3);
    }
}
