package org.opensor.registry.api.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * A seeded generator of request bodies for {@link BodyFuzzIT}: a valid-shaped body from an OpenAPI schema, then one
 * mutation of one of its values (or of the whole body). Bodies are written with every non-ASCII character escaped, so
 * that lone surrogates reach the server as JSON escapes exactly as an attacker would send them.
 */
final class BodyMutations {

    record Mutated(String mutation, String body) {}

    private static final List<Object> WRONG_TYPES =
            List.of(true, false, 0, -1, 1.5, 1e308, "true", "1.5", List.of(), Map.of(), "");
    private static final List<String> HOSTILE_TEXT = List.of(
            "\u0000",
            "SO\u0000K",
            "\uD800",
            "x\uDFFFy",
            "\u202Eevil",
            "\u2066x\u2069",
            "\u200B",
            "\uFEFF",
            "\u0007\u001B[31m",
            "\u0085",
            "\uFFFF",
            "' or 1=1 --",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "\uD83D\uDE00",
            "ស\u200Dុខ",
            " ",
            "\n\r\t",
            "%00",
            "\\u0000");
    private static final List<String> BAD_DATES = List.of(
            "2021-02-30",
            "1800-01-01",
            "-0001-01-01",
            "+10000-01-01",
            "0000-00-00",
            "2020/01/01",
            "2020-1-1",
            "9999-12-31",
            "1971-03",
            "20200101",
            "2020-13-01",
            "\u0000");
    private static final List<Object> BAD_NUMBERS = List.of(
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            -1,
            0,
            99999999999999999999.0,
            new java.math.BigInteger("123456789012345678901234567890"),
            1e-300,
            -0.0);

    private final JsonNode document;
    private final Random random;

    BodyMutations(JsonNode document, Random random) {
        this.document = document;
        this.random = random;
    }

    Mutated json(JsonNode schema) {
        Object body = sample(schema, 0, "");
        int kind = random.nextInt(100);
        if (kind < 6) {
            return whole();
        }
        List<Object[]> slots = new ArrayList<>();
        collect(body, slots);
        if (slots.isEmpty() || kind < 10) {
            return new Mutated("valid-shaped", write(body));
        }
        Object[] slot = slots.get(random.nextInt(slots.size()));
        String mutation = mutate(slot);
        return new Mutated(mutation, write(body));
    }

    Mutated text() {
        String[] manifests = {
            "UNA:+.? 'UNB+UNOA:4+AIRLINE+KHMAPIS+260101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'",
            "",
            "\u0000\u0000",
            "UNB+UNOA:4+" + "X".repeat(random.nextInt(5000)) + "'",
            "\uD800",
            "\u202E",
            "x".repeat(6_000_000)
        };
        int pick = random.nextInt(100) < 2 ? manifests.length - 1 : random.nextInt(manifests.length - 1);
        return new Mutated("text#" + pick, manifests[pick] + HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size())));
    }

    /** One mutation of the value in {@code slot} ({container, key-or-index}), named for the report. */
    @SuppressWarnings("unchecked")
    private String mutate(Object[] slot) {
        Object container = slot[0];
        Object key = slot[1];
        Object current =
                container instanceof Map<?, ?> map ? map.get(key) : ((List<Object>) container).get((Integer) key);
        int kind = random.nextInt(9);
        Object replacement;
        String name;
        switch (kind) {
            case 0 -> {
                replacement = WRONG_TYPES.get(random.nextInt(WRONG_TYPES.size()));
                name = "wrong-type";
            }
            case 1 -> {
                replacement =
                        (current instanceof String s ? s : "") + HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
                name = "hostile-text";
            }
            case 2 -> {
                replacement = "A".repeat(random.nextInt(100) < 5 ? 1_100_000 : 300 + random.nextInt(20_000));
                name = "huge-text";
            }
            case 3 -> {
                replacement = BAD_DATES.get(random.nextInt(BAD_DATES.size()));
                name = "bad-date";
            }
            case 4 -> {
                replacement = BAD_NUMBERS.get(random.nextInt(BAD_NUMBERS.size()));
                name = "bad-number";
            }
            case 5 -> {
                Object junk = "x";
                for (int i = 0, depth = random.nextInt(60); i < depth; i++) {
                    junk = random.nextBoolean() ? List.of(junk) : Map.of("k", junk);
                }
                replacement = junk;
                name = "nested-junk";
            }
            case 6 -> {
                if (container instanceof Map<?, ?> map) {
                    ((Map<Object, Object>) map).remove(key);
                    return "missing-field";
                }
                replacement = null;
                name = "null-element";
            }
            case 7 -> {
                if (container instanceof Map<?, ?> map) {
                    ((Map<Object, Object>) map)
                            .put(
                                    "unexpected" + random.nextInt(3),
                                    HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size())));
                }
                replacement = current;
                name = "extra-field";
            }
            default -> {
                List<Object> many = new ArrayList<>();
                for (int i = 0, n = random.nextInt(500); i < n; i++) {
                    many.add(current);
                }
                replacement = many;
                name = "long-array";
            }
        }
        if (container instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(key, replacement);
        } else {
            ((List<Object>) container).set((Integer) key, replacement);
        }
        return name;
    }

    private Mutated whole() {
        String[] bodies = {
            "",
            "{",
            "[]",
            "null",
            "42",
            "\"text\"",
            "{\"a\":1}{\"b\":2}",
            "{\"familyName\":\"A\",\"familyName\":\"B\",\"sex\":\"MALE\"}",
            "[".repeat(3000) + "]".repeat(3000),
            "{\"a\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2001),
            "\u0000",
            "{\"x\":\"\\u0000\"}",
            "{\"familyName\":\"\\ud800\",\"sex\":\"MALE\"}",
            "\uFEFF{}",
            "{'single':'quotes'}",
            "{\"n\":NaN}",
            "{\"n\":1e99999}"
        };
        int pick = random.nextInt(bodies.length);
        return new Mutated("whole-body#" + pick, bodies[pick]);
    }

    /** Every value slot of the body, as {container, key}. */
    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Object[]> slots) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : new ArrayList<>(map.keySet())) {
                slots.add(new Object[] {map, key});
                collect(map.get(key), slots);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                slots.add(new Object[] {list, i});
                collect(((List<Object>) list).get(i), slots);
            }
        }
    }

    /** A plausible value for {@code schema}: every property filled, one element per array. */
    private Object sample(JsonNode schema, int depth, String property) {
        if (schema == null || depth > 6) {
            return "x";
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return sample(document.get("components").get("schemas").get(name), depth + 1, property);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        String type = schema.has("type") ? schema.get("type").asString() : "object";
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.has("properties")) {
                    for (Map.Entry<String, JsonNode> field :
                            schema.get("properties").properties()) {
                        if (!field.getKey().equals("mrz")) {
                            object.put(field.getKey(), sample(field.getValue(), depth + 1, field.getKey()));
                        }
                    }
                }
                return object;
            }
            case "array" -> {
                List<Object> array = new ArrayList<>();
                array.add(sample(schema.get("items"), depth + 1, property));
                return array;
            }
            case "integer" -> {
                return schema.has("minimum") ? schema.get("minimum").asLong() : 1;
            }
            case "number" -> {
                return 1.0;
            }
            case "boolean" -> {
                return false;
            }
            default -> {
                return "date".equals(schema.path("format").asString("")) ? "2027-03-01" : text(property);
            }
        }
    }

    /** A text that passes the rules of the field it is named for, so that mutations reach the code behind validation. */
    private String text(String property) {
        String name = property.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("country") || name.contains("nationalit") || name.contains("state")) {
            return "KHM";
        }
        if (name.contains("dateofbirth")) {
            return "1971-03";
        }
        return switch (name) {
            case "borderpost", "departurepoint", "pointofarrival" -> "PNH";
            case "direction" -> "ARRIVAL";
            case "role" -> "auditor";
            case "username" -> "fuzz" + Integer.toUnsignedString(random.nextInt(), 36);
            case "password" -> "a-long-enough-password-" + random.nextInt(1000);
            case "units" -> "UNIT-A";
            case "sex" -> "MALE";
            case "documentnumber", "number" -> "N" + (1000000 + random.nextInt(8999999));
            default -> "Sok" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        };
    }

    /** JSON with every character outside printable ASCII escaped as {@code \\uXXXX}. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7E) {
                    out.append("\\u%04x".formatted((int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}
