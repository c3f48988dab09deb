package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The record pages' texts (i18n/record) exist in English and Khmer alike, and every key the code and templates use is there. */
class RecordMessagesTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern USED = Pattern.compile(
            "\"(record\\.[A-Za-z0-9.\\-]+?)\"|#\\{(record\\.[A-Za-z0-9.\\-]+)|msg\\('(record\\.[A-Za-z0-9.\\-]+)'");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> english = keys("record.properties");
        Set<String> khmer = keys("record_km.properties");

        assertThat(khmer).as("keys in English but not in Khmer, or the reverse").isEqualTo(english);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> english = keys("record.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".html") || f.toString().endsWith(".java"))
                    .toList()) {
                Matcher m = USED.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                    if (!key.endsWith(".")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english)
                .as("keys used in src/main but missing from i18n/record.properties")
                .containsAll(used);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(MAIN.resolve("resources/i18n").resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
