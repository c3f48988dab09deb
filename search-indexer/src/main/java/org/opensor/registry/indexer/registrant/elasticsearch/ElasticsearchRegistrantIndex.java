package org.opensor.registry.indexer.registrant.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.opensor.registry.indexer.registrant.RegistrantDocument;
import org.opensor.registry.indexer.registrant.RegistrantIndex;
import org.springframework.stereotype.Repository;

/**
 * The registrant index in Elasticsearch. Readers use the alias {@code registrants}; it points at a concrete,
 * versioned index so a rebuild can fill a new one and swap the alias with no gap. Documents are written with
 * external versioning: Elasticsearch itself refuses a version that is not newer than the stored one.
 */
@Repository
class ElasticsearchRegistrantIndex implements RegistrantIndex {

    static final String ALIAS = "registrants";
    static final String FIRST_INDEX = "registrants-v1-0001";

    private final ElasticsearchClient client;

    ElasticsearchRegistrantIndex(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public void ensureExists() {
        try {
            if (client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                return;
            }
            client.indices().create(c -> c.index(FIRST_INDEX)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
                            .properties("registrantId", p -> p.keyword(k -> k))
                            .properties("version", p -> p.long_(l -> l))
                            .properties("familyName", p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k))))
                            .properties("givenNames", p -> p.text(t -> t))
                            .properties("originalScriptName", p -> p.text(t -> t))
                            .properties("dateOfBirth", p -> p.keyword(k -> k))
                            .properties("sex", p -> p.keyword(k -> k))
                            .properties("nationalities", p -> p.keyword(k -> k))
                            .properties("keys", p -> p.keyword(k -> k))
                            .properties("lastEventId", p -> p.keyword(k -> k))
                            .properties("changedAt", p -> p.date(d -> d)))
                    .aliases(ALIAS, a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Outcome store(RegistrantDocument document) {
        try {
            client.index(i -> i.index(ALIAS).id(document.registrantId())
                    .version(document.version()).versionType(VersionType.External)
                    .document(document));
            return Outcome.INDEXED;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Outcome.ALREADY_CURRENT;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<RegistrantDocument> find(String registrantId) {
        try {
            var response = client.get(g -> g.index(ALIAS).id(registrantId), RegistrantDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
