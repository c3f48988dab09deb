package org.opensor.registry.api.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.search.elasticsearch.SearchHits.Hit;
import org.springframework.dao.DataAccessResourceFailureException;

/** Elasticsearch's responses read token by token, as the candidate index reads them. */
class SearchHitsTest {

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEachSearchsScoresAndDecodedPayloadsInOrder() {
        String first = Base64.getEncoder().encodeToString("{\"registrantId\":\"a\"}".getBytes(StandardCharsets.UTF_8));
        String second = Base64.getEncoder().encodeToString("{\"registrantId\":\"b\"}".getBytes(StandardCharsets.UTF_8));
        String response = """
                {"took":3,"responses":[
                  {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
                   "hits":{"max_score":7.5,"hits":[
                     {"_index":"registrants-1","_score":7.5,"fields":{"candidate":["%s"]}},
                     {"_index":"registrants-1","_score":2.25,"fields":{"other":[1,2],"candidate":["%s","ignored"]}}]},
                   "status":200},
                  {"took":1,"timed_out":false,"hits":{"max_score":null,"hits":[]},"status":200}]}
                """.formatted(first, second);

        List<List<Hit>> hits = SearchHits.ofEach(json(response), "candidate");

        assertThat(hits).hasSize(2);
        assertThat(hits.get(0)).extracting(Hit::score).containsExactly(7.5, 2.25);
        assertThat(new String(hits.get(0).get(0).payload(), StandardCharsets.UTF_8))
                .isEqualTo("{\"registrantId\":\"a\"}");
        assertThat(new String(hits.get(0).get(1).payload(), StandardCharsets.UTF_8))
                .isEqualTo("{\"registrantId\":\"b\"}");
        assertThat(hits.get(1)).isEmpty();
    }

    @Test
    void readsTextDocValuesAsText() {
        String response = """
                {"hits":{"hits":[{"_score":1.0,"fields":{"registrantId":["5f0c"]}},{"_score":1.0}]}}
                """;

        List<Hit> hits = SearchHits.of(json(response), "registrantId");

        assertThat(hits).extracting(Hit::text).containsExactly("5f0c", null);
    }

    @Test
    void aFailedSearchFailsTheCallNamingOnlyTheErrorType() {
        String response = """
                {"took":1,"responses":[
                  {"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [WANG Wei]"}],
                   "type":"index_not_found_exception","reason":"no such index [WANG Wei]"},"status":404}]}
                """;

        assertThatThrownBy(() -> SearchHits.ofEach(json(response), "candidate"))
                .isInstanceOf(DataAccessResourceFailureException.class)
                .hasMessage("candidate search failed: index_not_found_exception");
    }
}
