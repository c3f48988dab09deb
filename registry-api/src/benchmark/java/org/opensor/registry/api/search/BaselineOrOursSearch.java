package org.opensor.registry.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.score.MatchBand;

/**
 * Identity search for the screening benchmark's baseline phase: ours, or while {@link #plain} is on, the plain fuzzy
 * Elasticsearch match a team without our matcher would write, answered through the same endpoint. Both then pay the
 * same HTTP, authentication, purpose check, rate limit, restriction check, audit entry and JSON, so the throughput
 * ratio compares the searches and nothing else.
 */
public class BaselineOrOursSearch extends IdentitySearch {

    /** The plain query answers while this is on; the benchmark switches it between phases, never during one. */
    public static volatile boolean plain;

    /** An exact full date of birth counts as much as three fuzzy name clauses: the team knows it is worth more. */
    private static final float PLAIN_DATE_BOOST = 3f;

    private final ElasticsearchClient elasticsearch;
    private final CandidateVisibility visibility;
    private final SearchSettings settings;

    public BaselineOrOursSearch(
            CandidateIndex index,
            CandidateVisibility visibility,
            SearchSettings settings,
            ElasticsearchClient elasticsearch) {
        super(index, visibility, settings);
        this.elasticsearch = elasticsearch;
        this.visibility = visibility;
        this.settings = settings;
    }

    @Override
    public IdentityHits search(IdentityQuery query, Viewer viewer) {
        if (!plain) {
            return super.search(query, viewer);
        }
        List<Hit<Map>> found = plainFuzzyMatch(query.identity(), query.size());
        // The checks ours makes: a plain search must leave out withdrawn records and those restricted to other units too.
        List<String> ids = found.stream().map(Hit::id).toList();
        CandidateVisibility.Visibility checked = visibility.of(ids);
        Map<String, List<String>> restricted = checked.restrictedTo();
        var withdrawn = checked.withdrawn();
        List<IdentityHit> hits = found.stream()
                .filter(hit -> !withdrawn.contains(hit.id()))
                .filter(hit -> !restricted.containsKey(hit.id()) || viewer.maySee(restricted.get(hit.id())))
                .map(hit -> new IdentityHit(hit.id(), displayName(hit.source()), hit.score() == null ? 0 : hit.score(),
                        MatchBand.WEAK, List.of()))
                .toList();
        DisclosedRecords.note(hits.stream().map(IdentityHit::registrantId).toList());
        return new IdentityHits(hits, query.page(), query.size(), hits.size(), false);
    }

    /**
     * The traveller's names as a fuzzy {@code match} (AUTO edits) on each name field the index analyses as text, any
     * of them may match, an exact full date of birth boosted; the best {@code size} by Elasticsearch's score.
     */
    public List<Hit<Map>> plainFuzzyMatch(Identity person, int size) {
        PersonName name = person.name();
        String all = name.family() == null ? name.full()
                : name.given() == null ? name.family() : name.family() + " " + name.given();
        try {
            return elasticsearch.search(s -> s.index(settings.indexAlias()).size(size)
                            .source(src -> src.filter(f -> f.includes("familyName", "givenNames")))
                            .query(q -> q.bool(b -> {
                                if (name.family() != null) {
                                    b.should(m -> m.match(t -> t.field("familyName").query(name.family()).fuzziness("AUTO")));
                                }
                                if (name.given() != null) {
                                    b.should(m -> m.match(t -> t.field("givenNames").query(name.given()).fuzziness("AUTO")));
                                }
                                var born = person.dateOfBirth();
                                if (born != null && born.hasDay() && born.plusMinusYears() == 0) {
                                    b.should(m -> m.term(t -> t.field("dateOfBirth").value(born.toString()).boost(PLAIN_DATE_BOOST)));
                                }
                                return b.should(m -> m.multiMatch(t -> t.fields("familyName", "givenNames", "originalScriptName")
                                        .query(all).fuzziness("AUTO")));
                            })), Map.class)
                    .hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String displayName(Map<?, ?> source) {
        if (source == null) {
            return null;
        }
        Object family = source.get("familyName");
        Object given = source.get("givenNames");
        return given == null || given.toString().isEmpty() ? String.valueOf(family) : family + ", " + given;
    }
}
