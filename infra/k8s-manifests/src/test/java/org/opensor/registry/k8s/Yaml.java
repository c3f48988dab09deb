package org.opensor.registry.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads YAML files, one or many documents each; empty documents (a trailing ---) are dropped. */
final class Yaml {

    static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private Yaml() {}

    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> docs =
                MAPPER.readerFor(JsonNode.class).readValues(Files.newBufferedReader(file))) {
            return docs.readAll().stream()
                    .filter(d -> d != null && !d.isNull() && !d.isMissingNode() && !d.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(String text) {
        try (MappingIterator<JsonNode> docs = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            return docs.readAll().stream()
                    .filter(d -> d != null && !d.isNull() && !d.isMissingNode() && !d.isEmpty())
                    .toList();
        }
    }

    static JsonNode document(Path file) {
        List<JsonNode> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + docs.size() + " documents, expected one");
        }
        return docs.getFirst();
    }
}
