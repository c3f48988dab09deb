package org.opensor.registry.api.console.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a page written in English in its template reads English to a Khmer-speaking officer whatever the bundles
 * hold. Every word a translated page shows (text, {@code aria-label}, {@code title}, {@code placeholder}) must come
 * from the bundles: a letter outside a {@code th:text} (or a fragment call, or a parser-level comment) fails here.
 * The pages not yet moved to the bundles are listed by name, so a new page cannot join them unnoticed.
 */
class TemplatesSpeakFromTheBundlesTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "console");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A page title handed to the layout as a quoted string, or in a choice between quoted strings. */
    private static final Pattern LITERAL_TITLE = Pattern.compile("layout\\(([^~]*?)~\\{::main}");

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** Attributes whose value a screen reader or a browser shows; their {@code th:} forms are fine. */
    private static final List<String> SHOWN_ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt");
    /** Elements whose content Thymeleaf replaces: the text inside them is only a designer's placeholder. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert");

    /** Issue 25's pages still written in English in their templates, to move to the bundles; shrink, never grow. */
    private static final Set<String> STILL_IN_ENGLISH = Set.of();

    @Test
    void everyWordOfATranslatedPageComesFromTheBundles() throws IOException {
        List<String> english = new ArrayList<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            if (!STILL_IN_ENGLISH.contains(name)) {
                english.addAll(literalWords(name, Files.readString(template)));
            }
        }
        assertThat(english).as("words written into translated templates").isEmpty();
    }

    @Test
    void theListOfPagesStillInEnglishNamesOnlyPagesThatExist() throws IOException {
        Set<String> present = Set.copyOf(templates().stream()
                .map(t -> TEMPLATES.relativize(t).toString().replace('\\', '/'))
                .toList());
        assertThat(present).containsAll(STILL_IN_ENGLISH);
    }

    @Test
    void aWordWrittenIntoATemplateIsFound() {
        assertThat(literalWords("t.html", "<p class=\"govuk-body\">Find a person</p>"))
                .hasSize(1);
        assertThat(literalWords("t.html", "<p th:text=\"#{search.title}\">Find a person</p>"))
                .isEmpty();
        assertThat(literalWords("t.html", "<a aria-label=\"Open\" th:href=\"@{/x}\">·</a>"))
                .hasSize(1);
        assertThat(literalWords(
                        "t.html", "<html th:replace=\"~{console/layout :: layout('Misuse report', ~{::main})}\">"))
                .hasSize(1);
        assertThat(literalWords("t.html", "<html th:replace=\"~{console/layout :: layout(#{a.b}, ~{::main})}\">"))
                .isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> literalWords(String name, String html) {
        // Parser-level comments (<!--/* ... */-->) never reach the page.
        Document page = Jsoup.parse(html.replaceAll("(?s)<!--/\\*.*?\\*/-->", ""));
        List<String> found = new ArrayList<>();
        Matcher title = LITERAL_TITLE.matcher(html);
        while (title.find()) {
            Matcher quoted = QUOTED.matcher(title.group(1).replaceAll("#messages\\.msg\\('[^']*'|#\\{[^}]*}", ""));
            while (quoted.find()) {
                if (LETTER.matcher(quoted.group(1)).find()) {
                    found.add(name + ": title '" + quoted.group(1) + "'");
                }
            }
        }
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text
                                && LETTER.matcher(text.text()).find()
                                && !replaced(node)) {
                            found.add(name + ": \"" + text.text().strip() + "\"");
                        }
                        if (node instanceof Element element && !replaced(node)) {
                            for (String attribute : SHOWN_ATTRIBUTES) {
                                String value = element.attr(attribute);
                                if (LETTER.matcher(value).find()) {
                                    found.add(name + ": " + attribute + "=\"" + value + "\"");
                                }
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {}
                },
                page);
        return found;
    }

    /** Whether Thymeleaf replaces this node's words: it sits in (or is) an element whose content is replaced. */
    private static boolean replaced(Node node) {
        for (Node at = node.parent(); at != null; at = at.parent()) {
            if (at instanceof Element element) {
                if (element.tagName().equals("script") || element.tagName().equals("style")) {
                    return true;
                }
                for (String attribute : REPLACING) {
                    // A page's <html th:replace> hands its own <main> to the layout: that content is shown.
                    if (element.hasAttr(attribute) && !element.tagName().equals("html")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
