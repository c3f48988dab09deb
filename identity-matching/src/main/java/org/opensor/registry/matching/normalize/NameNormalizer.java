package org.opensor.registry.matching.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.opensor.registry.matching.text.Memo;

/**
 * Turns a name written in any script into lower-case ASCII words separated by single spaces, the form every
 * key and comparison works on: Unicode NFKC, transliteration to Latin, diacritics removed, case folded,
 * apostrophes dropped (O'Brien → obrien) and other punctuation turned into spaces (Kassym-Jomart → kassym
 * jomart).
 *
 * <p>Transliteration uses ICU4J's {@code Any-Latin; Latin-ASCII}, except for Khmer, which ICU does not cover
 * ({@link KhmerRomanizer}). Thai has two common Latin forms, ICU's ISO 11940 (smchay) and the passport
 * spelling (somchai); {@link #latinForms(String)} returns both, so that either finds the other.
 *
 * <p>The output is a fixed point: normalizing a normalized name returns it unchanged.
 */
public final class NameNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    // ICU transliterators are safe to share between threads for transliterate(String).
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼʻʿʾ`´]");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private NameNormalizer() {}

    /** The main Latin form of {@code name}, e.g. {@code "Nguyễn Văn Thành"} → {@code "nguyen van thanh"}. */
    public static String normalize(String name) {
        return latinForms(name).getFirst();
    }

    /**
     * All Latin forms worth indexing: one for most scripts; for Thai, ICU's form first and then the passport
     * spelling when it differs.
     */
    public static List<String> latinForms(String name) {
        return FORMS.get(name == null ? "" : name);
    }

    /**
     * Names repeat (family names above all), and normalizing one (NFKC, ICU transliteration, cleaning) was half of
     * computing a registrant's retrieval keys, which the indexer does for every event and search for every query.
     */
    private static final Memo<String, List<String>> FORMS = Memo.of(NameNormalizer::computeLatinForms, 100_000);

    private static List<String> computeLatinForms(String name) {
        String text = NFKC.normalize(name);
        List<String> forms = new ArrayList<>(2);
        String khmerDone = KhmerRomanizer.containsKhmer(text) ? KhmerRomanizer.romanize(text) : text;
        forms.add(clean(toLatin(khmerDone)));
        if (ThaiPassportRomanizer.containsThai(khmerDone)) {
            String passport = clean(toLatin(ThaiPassportRomanizer.romanize(khmerDone)));
            if (!forms.contains(passport)) {
                forms.add(passport);
            }
        }
        return List.copyOf(forms);
    }

    /** The words of a normalized name. */
    public static List<String> words(String normalized) {
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    /** True when {@code name} has letters outside basic Latin, i.e. it was transliterated to compare it. */
    public static boolean isNonLatinScript(String name) {
        return name != null
                && name.codePoints()
                        .anyMatch(c -> Character.isLetter(c)
                                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    private static String toLatin(String text) {
        // Any-Latin is the slow step; plain ASCII (most queries) needs none of it.
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        return ascii ? text : TO_LATIN.transliterate(text);
    }

    private static String clean(String latin) {
        String folded = UCharacter.foldCase(latin, true);
        String noMarks = COMBINING_MARKS
                .matcher(Normalizer2.getNFDInstance().normalize(folded))
                .replaceAll("");
        String noApostrophes = APOSTROPHES.matcher(noMarks).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(noApostrophes).replaceAll(" ").strip();
    }
}
