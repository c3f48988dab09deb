package org.opensor.registry.matching.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.eval.SyntheticIdentities.Dataset;
import org.opensor.registry.matching.eval.SyntheticIdentities.LabelledQuery;
import org.opensor.registry.matching.eval.SyntheticIdentities.Registrant;
import org.opensor.registry.matching.keys.ChineseDialectNames;

/**
 * Labelled sets built from published romanization rules, seeded: a registry of people named in one romanization, the
 * same people sought in another (same given name, exact date of birth), and as many strangers (people not in the
 * registry, named from the same pools but with a name no registrant bears, with their own dates of birth).
 *
 * <ul>
 *   <li>Chinese: family names in Pinyin in the registry, sought in their Cantonese, Hokkien, Teochew or Hakka
 *       spelling, from the table {@code chinese-surnames.txt} cites (Wikipedia's "List of common Chinese surnames");
 *       given names two Pinyin syllables;</li>
 *   <li>Chinese given names: in Pinyin in the registry, sought in a Cantonese, Hokkien, Teochew or Hakka spelling of
 *       each syllable from the table {@code chinese-given-names.txt} cites, family name unchanged;</li>
 *   <li>Thai: given names in the Royal Thai General System (RTGS, Royal Institute 1999) in the registry, sought in the
 *       common Latin spellings that differ from it letter by letter (j for ch, p for ph, t for th, k for kh, u for a,
 *       ee for i, v for w, oo for u), one or two at a time; family names unchanged.</li>
 * </ul>
 */
final class RomanizationSets {

    /** Common Thai given names in RTGS. */
    private static final String[] THAI_GIVEN = {
        "Chirawan",
        "Chuthathip",
        "Maniphan",
        "Somchai",
        "Suphot",
        "Wichai",
        "Kittiphong",
        "Phonthip",
        "Sutthida",
        "Thanawat",
        "Chatchai",
        "Phumiphat",
        "Saowalak",
        "Wanphen",
        "Kanokwan",
        "Supharat",
        "Nonthawat",
        "Chanthira",
        "Sirirat",
        "Siriphon",
        "Thitima",
        "Rattana",
        "Chanida",
        "Phatcharin",
        "Thanakrit",
        "Khanittha",
        "Worawut",
        "Pornthip",
        "Kittisak",
        "Natthaphong",
        "Wiphawadi",
        "Chalermchai",
        "Phichit",
        "Sombat",
        "Thawatchai",
        "Siriwan",
        "Kamonwan",
        "Phanuwat",
        "Suwanna",
        "Wanida"
    };
    /** Common Thai family names in RTGS. */
    private static final String[] THAI_FAMILY = {
        "Saetang",
        "Wongsawat",
        "Chaiyaphon",
        "Rattanakun",
        "Phromma",
        "Kaewmani",
        "Srisombat",
        "Thongchai",
        "Bunsong",
        "Intharat",
        "Chantharasuk",
        "Nakprasoet",
        "Sukchai",
        "Thongdi",
        "Bunmi",
        "Saengthong",
        "Phongphan",
        "Kittikhun",
        "Sirichai",
        "Wongwian"
    };
    /** RTGS letters and the other Latin spellings of them that Thai passports and records use. */
    private static final List<String[]> THAI_RULES = List.of(
            new String[] {"ch", "j"},
            new String[] {"ph", "p"},
            new String[] {"th", "t"},
            new String[] {"kh", "k"},
            new String[] {"a", "u"},
            new String[] {"i", "ee"},
            new String[] {"w", "v"},
            new String[] {"u", "oo"});

    private static final String[] PINYIN_SYLLABLES = {
        "jian", "guo", "wei", "ming", "hua", "li", "jun", "hong", "xin", "yan", "ping", "qiang", "zhi", "hui", "ling",
        "feng", "tao", "yong", "jie", "mei", "xiu", "lan", "bin", "hao"
    };

    private RomanizationSets() {}

    /** Chinese family names sought in a dialect spelling: {@code size} registrants, half of them sought, as many strangers. */
    static Dataset chineseDialects(int size, long seed) {
        List<List<String>> surnames = chineseSurnames();
        return build(size, seed, random -> {
            List<String> group = surnames.get(random.nextInt(surnames.size()));
            String given = capitalize(PINYIN_SYLLABLES[random.nextInt(PINYIN_SYLLABLES.length)]
                    + PINYIN_SYLLABLES[random.nextInt(PINYIN_SYLLABLES.length)]);
            return new String[] {
                capitalize(group.getFirst()), given, capitalize(group.get(1 + random.nextInt(group.size() - 1))), given
            };
        });
    }

    /**
     * Chinese given names sought in a Cantonese, Hokkien, Teochew or Hakka spelling (Kok Wai for Guowei), two syllables
     * from the table {@code chinese-given-names.txt} cites (Unihan's Pinyin and Cantonese readings, Wiktionary's Hokkien,
     * Teochew and Hakka ones), written apart as Hong Kong, Singapore and Malaysia write them; family name in Pinyin on
     * both sides: as {@link #chineseDialects}.
     */
    static Dataset chineseGivenNameDialects(int size, long seed) {
        List<List<String>> surnames = chineseSurnames();
        List<List<String>> syllables = ChineseDialectNames.lines();
        return build(size, seed, random -> {
            String family =
                    capitalize(surnames.get(random.nextInt(surnames.size())).getFirst());
            List<String> first = syllables.get(random.nextInt(syllables.size()));
            List<String> second = syllables.get(random.nextInt(syllables.size()));
            String pinyin = capitalize(first.getFirst() + second.getFirst());
            String dialect = capitalize(first.get(1 + random.nextInt(first.size() - 1))) + " "
                    + capitalize(second.get(1 + random.nextInt(second.size() - 1)));
            return new String[] {family, pinyin, family, dialect};
        });
    }

    /** Thai given names sought in another common Latin spelling: as {@link #chineseDialects}. */
    static Dataset thaiSpellings(int size, long seed) {
        return build(size, seed, random -> {
            String family = THAI_FAMILY[random.nextInt(THAI_FAMILY.length)];
            String given = THAI_GIVEN[random.nextInt(THAI_GIVEN.length)];
            return new String[] {family, given, family, thaiVariant(given, random)};
        });
    }

    /** One or two RTGS letters of {@code given} spelled as other Latin spellings do; the name itself if none applies. */
    static String thaiVariant(String given, SplittableRandom random) {
        String word = given.toLowerCase();
        int changes = 1 + random.nextInt(2);
        for (int attempt = 0; attempt < 10 && changes > 0; attempt++) {
            String[] rule = THAI_RULES.get(random.nextInt(THAI_RULES.size()));
            int at = word.indexOf(rule[0], attempt % 2 == 0 ? 0 : 1);
            if (at >= 0) {
                word = word.substring(0, at) + rule[1] + word.substring(at + rule[0].length());
                changes--;
            }
        }
        return capitalize(word);
    }

    /**
     * @param person draws {registry family, registry given, sought family, sought given} for one person
     */
    private static Dataset build(int size, long seed, Function<SplittableRandom, String[]> person) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Registrant> registry = new ArrayList<>();
        List<LabelledQuery> queries = new ArrayList<>();
        Set<String> registeredNames = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String[] names = person.apply(random);
            PartialDate born = randomDate(random);
            String id = "R" + i;
            registry.add(new Registrant(
                    id, Identity.named(PersonName.of(names[0], names[1])).bornOn(born)));
            registeredNames.add(names[0] + " " + names[1]);
            if (i % 2 == 0) {
                queries.add(new LabelledQuery(
                        Identity.named(PersonName.of(names[2], names[3])).bornOn(born), id, List.of("sought")));
            }
        }
        int strangers = queries.size();
        while (strangers > 0) {
            String[] names = person.apply(random);
            PartialDate born = randomDate(random);
            // A namesake born within a year is by design a possible hit; strangers bear a name no registrant bears.
            if (!registeredNames.contains(names[0] + " " + names[1])) {
                queries.add(new LabelledQuery(
                        Identity.named(PersonName.of(names[2], names[3])).bornOn(born), null, List.of("stranger")));
                strangers--;
            }
        }
        return new Dataset(registry, queries);
    }

    private static PartialDate randomDate(SplittableRandom random) {
        return PartialDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** The groups of {@code chinese-surnames.txt} that have a spelling other than the Pinyin, Pinyin first. */
    private static List<List<String>> chineseSurnames() {
        try (InputStream in = RomanizationSets.class.getResourceAsStream(
                "/org/opensor/registry/matching/keys/chinese-surnames.txt")) {
            if (in == null) {
                throw new IllegalStateException("chinese-surnames.txt is missing from the classpath");
            }
            List<List<String>> groups = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf('#');
                String words = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!words.isEmpty()) {
                    List<String> group = List.of(words.split("\\s+"));
                    if (group.size() > 1) {
                        groups.add(group);
                    }
                }
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
