package org.opensor.registry.matching.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;

/**
 * A seeded generator of a synthetic registry and of the queries officers would type for its people, each query
 * labelled with the id it should find (or none). Same seed, same data.
 *
 * <p>Cultures: Khmer (script and several romanizations, family-first and flipped), Thai (script, ICU's form and
 * the passport spelling), Chinese (Pinyin and Wade-Giles), Vietnamese (with and without diacritics, family
 * first or last), English (nicknames). Variants applied to queries: doubled finals, trailing h/r/s, dropped
 * aspirates, vowel digraphs, swapped order, dropped middle names, typing slips, partial or day/month-swapped
 * dates of birth and passport numbers with an OCR slip. Hard negatives: registrants who share a common name
 * with another registrant but not the date of birth, and queries for people who are not in the registry.
 */
public final class SyntheticIdentities {

    /** One registry record and its id. */
    public record Registrant(String id, Identity identity) {}

    /**
     * One query with the registrant it should find ({@code null} for a person not in the registry) and the
     * variants that were applied to make it, e.g. {@code ["khmer-script", "dob-year-only"]}.
     */
    public record LabelledQuery(Identity query, String expectedId, List<String> variants) {
        public LabelledQuery {
            variants = List.copyOf(variants);
        }
    }

    /** A generated registry and its queries. */
    public record Dataset(List<Registrant> registry, List<LabelledQuery> queries) {
        public Dataset {
            registry = List.copyOf(registry);
            queries = List.copyOf(queries);
        }
    }

    /** A name in one culture: Latin family and given parts, the script form if any, and other spellings. */
    private record Person(
            String culture,
            String family,
            String given,
            String middle,
            String scriptFamily,
            String scriptGiven,
            List<String> otherFamily,
            List<String> otherGiven,
            boolean familyFirst) {}

    private static final String[][] KHMER_FAMILY = {
        {"ចាន់", "Chan"},
        {"សុខ", "Sok"},
        {"ហេង", "Heng"},
        {"គឹម", "Kim"},
        {"ជា", "Chea"},
        {"ឈិន", "Chhin"},
        {"ឡុង", "Long"},
        {"ប៊ុន", "Bun"}
    };
    private static final String[][] KHMER_GIVEN = {
        {"សុខា", "Sokha"}, {"សុភាព", "Sopheap"}, {"ពិសី", "Pisey"}, {"សំណាង", "Samnang"},
        {"ស្រីមុំ", "Sreymom"}, {"ចន្ទា", "Chanthea"}, {"ប៊ុន", "Bun"}, {"ហេង", "Heng"}
    };
    private static final String[][] THAI_FAMILY = {
        {"ใจดี", "Jaidee"},
        {"ศรีสุข", "Srisuk"},
        {"ทองดี", "Thongdee"},
        {"บุญมี", "Boonmee"},
        {"สุขใจ", "Sukjai"},
        {"แสงทอง", "Saengthong"}
    };
    private static final String[][] THAI_GIVEN = {
        {"สมชาย", "Somchai"},
        {"สมศักดิ์", "Somsak"},
        {"วิชัย", "Wichai"},
        {"สุดา", "Suda"},
        {"มาลี", "Malee"},
        {"ประยุทธ์", "Prayut"}
    };
    /** Pinyin and Wade-Giles spellings of common Chinese family names and given-name syllables. */
    private static final String[][] CHINESE_FAMILY = {
        {"Zhang", "Chang"}, {"Zhou", "Chou"}, {"Guo", "Kuo"}, {"Deng", "Teng"}, {"Cai", "Tsai"},
        {"Xu", "Hsu"}, {"Zhao", "Chao"}, {"Jiang", "Chiang"}, {"Wang", "Wang"}, {"Liu", "Liu"}
    };

    private static final String[][] CHINESE_SYLLABLES = {
        {"xiao", "hsiao"},
        {"ping", "ping"},
        {"jian", "chien"},
        {"guo", "kuo"},
        {"zhi", "chih"},
        {"qiang", "chiang"},
        {"jing", "ching"},
        {"dong", "tung"},
        {"ze", "tse"},
        {"xi", "hsi"},
        {"jin", "chin"},
        {"de", "te"},
        {"hua", "hua"},
        {"ming", "ming"},
        {"wei", "wei"},
        {"hong", "hung"},
        {"zhong", "chung"},
        {"xin", "hsin"},
        {"bo", "po"},
        {"li", "li"}
    };
    private static final String[] VIETNAMESE_FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"
    };
    private static final String[] VIETNAMESE_MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh"};
    private static final String[] VIETNAMESE_GIVEN = {
        "Thành", "Hùng", "Dũng", "Hương", "Lan", "Tuấn", "Phương", "Quang", "Hải", "Long", "Khánh", "Trung", "Bình",
        "Cường", "Duy", "Giang", "Hạnh", "Hiếu", "Hoa", "Huy", "Kiên", "Linh", "Mai", "Nam", "Nga", "Phúc", "Sơn",
        "Tâm", "Thảo", "Trang", "Vinh", "Yến"
    };
    private static final String[] KHMER_MORE_FAMILY = {
        "Nhem", "Prak", "Meas", "Keo", "Seng", "Touch", "Pov", "Ouk", "Hun", "Lim", "Mao", "Nuon", "Oum", "Phan", "Ros",
        "Sam", "Tep", "Yim", "Vong", "Khiev"
    };
    private static final String[] KHMER_MORE_GIVEN = {
        "Vannak",
        "Sophal",
        "Sovann",
        "Bopha",
        "Dara",
        "Rithy",
        "Sothea",
        "Vuthy",
        "Kosal",
        "Makara",
        "Narith",
        "Phalla",
        "Rotha",
        "Sokunthea",
        "Sreyneang",
        "Veasna",
        "Chantrea",
        "Kimsan",
        "Leakhena",
        "Mony",
        "Piseth",
        "Ratana",
        "Sokhom",
        "Thida"
    };
    private static final String[] THAI_MORE_FAMILY = {
        "Saetang",
        "Wongsawat",
        "Chaiyaporn",
        "Rattanakul",
        "Phromma",
        "Kaewmanee",
        "Srisombat",
        "Thongchai",
        "Boonsong",
        "Intharat",
        "Jantarasuk",
        "Nakprasert"
    };
    private static final String[] THAI_MORE_GIVEN = {
        "Anan",
        "Boonchu",
        "Chaiwat",
        "Kittisak",
        "Nattapong",
        "Pornthip",
        "Rattana",
        "Sombat",
        "Supachai",
        "Thanawat",
        "Wanida",
        "Yupin",
        "Kanya",
        "Niran"
    };
    private static final String[][] ENGLISH_GIVEN = {
        {"William", "Bill"},
        {"Robert", "Bob"},
        {"Richard", "Rick"},
        {"James", "Jim"},
        {"Michael", "Mike"},
        {"Thomas", "Tom"},
        {"Edward", "Ted"},
        {"Elizabeth", "Liz"},
        {"Margaret", "Peggy"},
        {"Katherine", "Kate"},
        {"Alexander", "Alex"},
        {"Christopher", "Chris"},
        {"Jonathan", "Jon"},
        {"Nicholas", "Nick"},
        {"Anthony", "Tony"},
        {"Timothy", "Tim"},
        {"Samuel", "Sam"},
        {"Daniel", "Dan"},
        {"Patricia", "Patty"},
        {"Rebecca", "Becky"},
        {"Deborah", "Debbie"},
        {"Victoria", "Vicky"}
    };
    private static final String[] ENGLISH_FAMILY = {
        "Smith",
        "Johnson",
        "Brown",
        "Taylor",
        "Wilson",
        "Davies",
        "Walker",
        "Thompson",
        "White",
        "Harris",
        "Martin",
        "Clarke",
        "Evans",
        "Roberts",
        "Wright",
        "Robinson",
        "Wood",
        "Hughes",
        "Green",
        "Edwards",
        "Hall",
        "Lewis",
        "Jackson",
        "Turner",
        "Hill",
        "Moore",
        "Cooper",
        "Ward",
        "Morris",
        "King",
        "Baker",
        "Harrison",
        "Morgan",
        "Allen",
        "Young",
        "Mitchell"
    };
    private static final String[] ENGLISH_MIDDLE = {"John", "Lee", "Marie", "Paul", "Ann"};
    private static final String[] NATIONALITIES = {"KHM", "THA", "CHN", "VNM", "GBR"};

    private SyntheticIdentities() {}

    /**
     * A registry of {@code size} identities and about {@code 1.2 × size} queries: one or two variant queries per
     * registrant for a share of them, plus queries for people who are not in the registry.
     */
    public static Dataset generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Registrant> registry = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        while (registry.size() < size) {
            Person person = person(random);
            PartialDate dob = PartialDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String id = "R%06d".formatted(registry.size() + 1);
            Identity identity = recordOf(person, dob, random);
            registry.add(new Registrant(id, identity));
            people.add(person);
            // Hard negative: another registrant with the same common name, born years apart.
            if (registry.size() < size && random.nextInt(10) == 0) {
                PartialDate otherDob = PartialDate.of(
                        dob.year() + (random.nextBoolean() ? 1 : -1) * (4 + random.nextInt(10)),
                        1 + random.nextInt(12),
                        1 + random.nextInt(28));
                registry.add(new Registrant(
                        "R%06d".formatted(registry.size() + 1),
                        recordOf(person, otherDob, random).withDocumentNumbers(passportNumber(random))));
                people.add(person);
            }
        }
        List<LabelledQuery> queries = new ArrayList<>();
        for (int i = 0; i < registry.size(); i++) {
            if (random.nextInt(10) < 8) {
                queries.add(variantQuery(people.get(i), registry.get(i), random));
            }
        }
        int strangers = size / 5;
        for (int k = 0; k < strangers; k++) {
            // Someone not in the registry, often with a registrant's common name but another date of birth.
            Person person = random.nextBoolean() ? people.get(random.nextInt(people.size())) : person(random);
            PartialDate dob = PartialDate.of(2001 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
            Identity query = Identity.named(PersonName.of(person.family(), person.given()))
                    .bornOn(dob);
            queries.add(new LabelledQuery(query, null, List.of("not-in-registry", "common-name-other-dob")));
        }
        return new Dataset(registry, queries);
    }

    private static Identity recordOf(Person person, PartialDate dob, SplittableRandom random) {
        String given = person.middle() == null ? person.given() : person.given() + " " + person.middle();
        Identity identity = Identity.named(PersonName.of(person.family(), given))
                .bornOn(dob)
                .withSex(random.nextBoolean() ? Sex.MALE : Sex.FEMALE)
                .withNationalities(nationalityOf(person.culture()))
                .withDocumentNumbers(passportNumber(random));
        if (person.scriptFamily() != null) {
            identity = identity.withAlias(PersonName.of(person.scriptFamily(), person.scriptGiven()));
        }
        return identity;
    }

    private static LabelledQuery variantQuery(Person person, Registrant target, SplittableRandom random) {
        List<String> variants = new ArrayList<>();
        variants.add(person.culture());
        PersonName name = queryName(person, random, variants);
        Identity query = Identity.named(name);
        Identity record = target.identity();
        PartialDate dob = record.dateOfBirth();
        switch (random.nextInt(6)) {
            case 0 -> variants.add("dob-missing");
            case 1 -> {
                query = query.bornOn(PartialDate.ofYear(dob.year()));
                variants.add("dob-year-only");
            }
            case 2 -> {
                query = query.bornOn(new PartialDate(dob.year(), dob.month(), 0, 0));
                variants.add("dob-year-month");
            }
            case 3 -> {
                if (dob.day() <= 12 && dob.day() != dob.month()) {
                    query = query.bornOn(PartialDate.of(dob.year(), dob.day(), dob.month()));
                    variants.add("dob-day-month-swapped");
                } else {
                    query = query.bornOn(PartialDate.approximately(dob.year() + random.nextInt(3) - 1, 2));
                    variants.add("dob-approximate");
                }
            }
            default -> {
                query = query.bornOn(dob);
                variants.add("dob-exact");
            }
        }
        if (random.nextInt(4) == 0) {
            String number = record.documentNumbers().iterator().next();
            boolean slip = random.nextBoolean();
            query = query.withDocumentNumbers(slip ? ocrSlip(number, random) : number);
            variants.add(slip ? "document-ocr-slip" : "document-exact");
        }
        return new LabelledQuery(query, target.id(), variants);
    }

    /** The name as an officer might type it, with the culture's usual variants. */
    private static PersonName queryName(Person person, SplittableRandom random, List<String> variants) {
        String family = person.family();
        String given = person.given();
        if (person.scriptFamily() != null && random.nextInt(4) == 0) {
            variants.add(person.culture().equals("thai") ? "thai-script" : "khmer-script");
            return PersonName.of(person.scriptFamily(), person.scriptGiven());
        }
        if (!person.otherFamily().isEmpty() && random.nextBoolean()) {
            family = pick(person.otherFamily(), random);
            variants.add("other-family-spelling");
        }
        if (!person.otherGiven().isEmpty() && random.nextBoolean()) {
            given = pick(person.otherGiven(), random);
            variants.add("other-given-spelling");
        }
        if (person.middle() != null) {
            if (random.nextBoolean()) {
                variants.add("middle-name-dropped");
            } else {
                given = given + " " + person.middle();
            }
        }
        if (person.culture().equals("vietnamese") && random.nextBoolean()) {
            family = stripDiacritics(family);
            given = stripDiacritics(given);
            variants.add("diacritics-dropped");
        }
        if (random.nextInt(8) == 0) {
            given = typingSlip(given, random);
            variants.add("typing-slip");
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                variants.add("order-family-first");
                return PersonName.full(family + " " + given);
            }
            case 1 -> {
                variants.add("order-given-first");
                return PersonName.full(given + " " + family);
            }
            default -> {
                if (random.nextInt(5) == 0) {
                    variants.add("family-and-given-swapped");
                    return PersonName.of(given, family);
                }
                return PersonName.of(family, given);
            }
        }
    }

    private static Person person(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> khmer(random);
            case 1 -> thai(random);
            case 2 -> chinese(random);
            case 3 -> vietnamese(random);
            default -> english(random);
        };
    }

    private static Person khmer(SplittableRandom random) {
        if (random.nextBoolean()) {
            // Names recorded in Latin letters only, as many older and foreign records are.
            String family = pick(KHMER_MORE_FAMILY, random);
            String given = pick(KHMER_MORE_GIVEN, random);
            return new Person(
                    "khmer",
                    family,
                    given,
                    null,
                    null,
                    null,
                    romanizationVariants(family),
                    romanizationVariants(given),
                    true);
        }
        String[] family = KHMER_FAMILY[random.nextInt(KHMER_FAMILY.length)];
        String[] given = KHMER_GIVEN[random.nextInt(KHMER_GIVEN.length)];
        return new Person(
                "khmer",
                family[1],
                given[1],
                null,
                family[0],
                given[0],
                romanizationVariants(family[1]),
                romanizationVariants(given[1]),
                true);
    }

    private static Person thai(SplittableRandom random) {
        if (random.nextBoolean()) {
            String family = pick(THAI_MORE_FAMILY, random);
            String given = pick(THAI_MORE_GIVEN, random);
            return new Person(
                    "thai",
                    family,
                    given,
                    null,
                    null,
                    null,
                    romanizationVariants(family),
                    romanizationVariants(given),
                    false);
        }
        String[] family = THAI_FAMILY[random.nextInt(THAI_FAMILY.length)];
        String[] given = THAI_GIVEN[random.nextInt(THAI_GIVEN.length)];
        // Thai records hold the passport spelling; queries may carry the script, which reads both ways.
        return new Person(
                "thai",
                family[1],
                given[1],
                null,
                family[0],
                given[0],
                romanizationVariants(family[1]),
                romanizationVariants(given[1]),
                false);
    }

    private static Person chinese(SplittableRandom random) {
        String[] family = CHINESE_FAMILY[random.nextInt(CHINESE_FAMILY.length)];
        String[] first = CHINESE_SYLLABLES[random.nextInt(CHINESE_SYLLABLES.length)];
        String[] second = CHINESE_SYLLABLES[random.nextInt(CHINESE_SYLLABLES.length)];
        String pinyin = capitalize(first[0] + second[0]);
        String wadeGiles = capitalize(first[1]) + "-" + second[1];
        return new Person("chinese", family[0], pinyin, null, null, null, List.of(family[1]), List.of(wadeGiles), true);
    }

    private static Person vietnamese(SplittableRandom random) {
        return new Person(
                "vietnamese",
                pick(VIETNAMESE_FAMILY, random),
                pick(VIETNAMESE_GIVEN, random),
                pick(VIETNAMESE_MIDDLE, random),
                null,
                null,
                List.of(),
                List.of(),
                true);
    }

    private static Person english(SplittableRandom random) {
        String[] given = ENGLISH_GIVEN[random.nextInt(ENGLISH_GIVEN.length)];
        String middle = random.nextInt(3) == 0 ? pick(ENGLISH_MIDDLE, random) : null;
        return new Person(
                "english",
                pick(ENGLISH_FAMILY, random),
                given[0],
                middle,
                null,
                null,
                List.of(),
                List.of(given[1]),
                false);
    }

    /**
     * Romanization variants of a Khmer or Thai word: doubled final consonant, trailing h/r/s, dropped or added
     * aspirate, and vowel digraphs (ea/ia, ey/ei/ay, o/ou).
     */
    static List<String> romanizationVariants(String word) {
        Set<String> out = new LinkedHashSet<>();
        String lower = word.toLowerCase(Locale.ROOT);
        char last = lower.charAt(lower.length() - 1);
        if ("nmlk".indexOf(last) >= 0) {
            out.add(word + last);
        }
        if ("aeiou".indexOf(last) >= 0) {
            out.add(word + (lower.length() % 2 == 0 ? "h" : "r"));
        }
        if (lower.contains("ch") && !lower.contains("chh")) {
            out.add(word.replaceFirst("ch", "chh").replaceFirst("Ch", "Chh"));
        }
        if (lower.contains("ph") || lower.contains("th") || lower.contains("kh")) {
            out.add(word.replaceFirst("([PpTtKk])h", "$1"));
        }
        if (lower.contains("ea")) {
            out.add(word.replaceFirst("ea", "ia"));
        }
        if (lower.endsWith("ey")) {
            out.add(word.substring(0, word.length() - 2) + "ei");
        }
        if (lower.contains("o") && !lower.contains("ou")) {
            out.add(word.replaceFirst("o", "ou"));
        }
        out.remove(word);
        return List.copyOf(out);
    }

    /** One OCR confusion in a document number: a 0, 1, 5, 8 or 2 read as O, I, S, B or Z, or back. */
    static String ocrSlip(String number, SplittableRandom random) {
        String from = "0158OISB2Z";
        String to = "OISB0158Z2";
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i < number.length(); i++) {
            if (from.indexOf(number.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return number;
        }
        int at = positions.get(random.nextInt(positions.size()));
        char[] chars = number.toCharArray();
        chars[at] = to.charAt(from.indexOf(chars[at]));
        return new String(chars);
    }

    /** Two neighbouring letters of one word swapped, the commonest typing slip. */
    static String typingSlip(String name, SplittableRandom random) {
        String text = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i + 1 < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))
                    && Character.isLetter(text.charAt(i + 1))
                    && text.charAt(i) != text.charAt(i + 1)) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return name;
        }
        int at = positions.get(random.nextInt(positions.size()));
        char[] chars = text.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    private static String passportNumber(SplittableRandom random) {
        StringBuilder number = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 8; i++) {
            number.append(random.nextInt(10));
        }
        return number.toString();
    }

    private static String nationalityOf(String culture) {
        return switch (culture) {
            case "khmer" -> NATIONALITIES[0];
            case "thai" -> NATIONALITIES[1];
            case "chinese" -> NATIONALITIES[2];
            case "vietnamese" -> NATIONALITIES[3];
            default -> NATIONALITIES[4];
        };
    }

    private static String stripDiacritics(String text) {
        String decomposed =
                java.text.Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String pick(String[] options, SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }

    private static String pick(List<String> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }
}
