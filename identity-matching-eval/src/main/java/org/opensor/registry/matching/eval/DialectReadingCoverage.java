package org.opensor.registry.matching.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.opensor.registry.matching.keys.ChineseDialectNames;

/**
 * How many published Hokkien and Teochew readings of the characters of {@code chinese-given-names.txt}, spelled as its
 * header says names spell them, the table reads as the character's Pinyin: a measure of the table from its sources,
 * where the evaluation's given-name set, drawn from the table, measures nothing of the kind (issue 22). Readings: Amoy
 * from J. Macgowan's English and Chinese Dictionary of the Amoy Dialect (1883) as MCPDict tabulates it, written here in
 * Pe̍h-ōe-jī without tones ("-" where it lacks the character); Teochew from 潮州音字典 (1983) in Peng'im as
 * learn-teochew/charpeng-js digitized it. A reading counts as read when its spelling, or the spelling with ee for a lone
 * final i or oo for u, reads as the Pinyin.
 *
 * <p>Usage: {@code DialectReadingCoverage} (no arguments); prints the share per source and the readings missed.
 */
public final class DialectReadingCoverage {

    /** Character, Pinyin, Teochew readings, Amoy readings. */
    private static final String[][] READINGS = {
        {"國", "guo", "gok4", "kok"},
        {"偉", "wei", "ui2", "ui"},
        {"秀", "xiu", "siu3", "siu"},
        {"志", "zhi", "zi3", "chi"},
        {"強", "qiang", "gien5 kiang5", "kiong"},
        {"明", "ming", "meng5", "beng bin"},
        {"文", "wen", "bhung5", "bun"},
        {"華", "hua", "hua1", "hoa"},
        {"輝", "hui", "hui1", "-"},
        {"成", "cheng", "seng5", "seng"},
        {"興", "xing", "heng1", "heng"},
        {"發", "fa", "huek4", "hoat"},
        {"福", "fu", "hok4", "hok"},
        {"德", "de", "dek4", "tek"},
        {"榮", "rong", "iong5", "eng"},
        {"光", "guang", "guang1", "kong"},
        {"亮", "liang", "liang6", "-"},
        {"俊", "jun", "zung3", "chun"},
        {"傑", "jie", "giek8", "kiat"},
        {"健", "jian", "gieng6", "kian"},
        {"建", "jian", "gieng6", "kian"},
        {"平", "ping", "ben5 peng5", "peng"},
        {"慶", "qing", "keng3", "kheng"},
        {"祥", "xiang", "siang5", "siong"},
        {"順", "shun", "sung6", "sun"},
        {"貴", "gui", "gui3", "kui"},
        {"財", "cai", "cai5", "chai"},
        {"金", "jin", "gim1", "kim"},
        {"美", "mei", "mui2", "bi"},
        {"麗", "li", "li6", "le"},
        {"芳", "fang", "pang1 huang1", "-"},
        {"珍", "zhen", "dieng1", "tin chin"},
        {"蓮", "lian", "noi5", "lian"},
        {"鳳", "feng", "hong6", "hong"},
        {"慧", "hui", "hui6", "hui"},
        {"惠", "hui", "hui6", "hui"},
        {"敏", "min", "mieng2", "bin"},
        {"嘉", "jia", "gia1", "ka"},
        {"家", "jia", "ge1", "ka ke"},
        {"雄", "xiong", "hiong5", "hiong"},
        {"坤", "kun", "kung1", "-"},
        {"泉", "quan", "zuan5", "-"},
        {"源", "yuan", "ngueng5", "goan"},
        {"水", "shui", "zui2", "-"},
        {"忠", "zhong", "dong1", "tiong"},
        {"中", "zhong", "dong1", "tiong"},
        {"新", "xin", "sing1", "sin"},
        {"心", "xin", "sim1", "sim"},
        {"欣", "xin", "hng1", "him"},
        {"怡", "yi", "i5", "-"},
        {"儀", "yi", "ngi5", "gi"},
        {"詩", "shi", "si1", "si"},
        {"思", "si", "sv1", "si su"},
        {"婷", "ting", "teng5", "-"},
        {"清", "qing", "ceng1", "chheng"},
        {"靜", "jing", "zen6", "cheng"},
        {"雪", "xue", "soh4", "soat"},
        {"月", "yue", "ghueh8", "goat"},
        {"玉", "yu", "ghek8", "giok"},
        {"珠", "zhu", "zu1", "chu"},
        {"寶", "bao", "bo2", "po"},
        {"雲", "yun", "hung5", "-"},
        {"耀", "yao", "iou6", "iau"},
        {"添", "tian", "tiem1", "thiam"},
        {"山", "shan", "suan1", "soan san"},
        {"長", "chang", "dvng5 ciang5", "tiong tng"},
        {"永", "yong", "iong2", "eng"},
        {"益", "yi", "iah4", "ek"},
        {"勝", "sheng", "seng3", "-"},
        {"萬", "wan", "bhueng7", "ban"},
        {"龍", "long", "leng5", "liong leng"},
        {"貞", "zhen", "zeng1", "cheng"},
        {"淑", "shu", "sok4", "-"},
        {"燕", "yan", "ieng1 in3", "ian"},
        {"梅", "mei", "bhue5", "boe mui"},
        {"霞", "xia", "hia5", "-"},
        {"嬌", "jiao", "giou1", "kiau"},
        {"英", "ying", "eng1", "eng"},
        {"勤", "qin", "kvng5", "khun"},
        {"才", "cai", "cai5", "chai"},
        {"振", "zhen", "zing2", "-"},
        {"威", "wei", "ui1", "ui"},
        {"智", "zhi", "di3", "ti"},
        {"安", "an", "ang1 uan1", "an oan"},
        {"勇", "yong", "iong2", "iong"},
        {"海", "hai", "hai2", "hai"},
        {"鴻", "hong", "hong5", "hong"}
    };

    /** Peng'im initials as names spell them, longest first. */
    private static final String[][] PENG_IM_INITIALS = {
        {"bh", "b"}, {"gh", "g"}, {"ng", "ng"}, {"z", "ch"}, {"c", "ch"}, {"d", "t"}, {"b", "p"}, {"g", "k"}, {"r", "j"}
    };

    private DialectReadingCoverage() {}

    public static void main(String[] args) {
        report("Teochew (潮州音字典, Peng'im)", 2, DialectReadingCoverage::spellPengIm);
        report("Amoy (Macgowan 1883, Pe̍h-ōe-jī)", 3, DialectReadingCoverage::spellPoj);
    }

    private static void report(String source, int column, UnaryOperator<String> spell) {
        int readings = 0;
        List<String> missed = new ArrayList<>();
        for (String[] row : READINGS) {
            for (String reading : row[column].split(" ")) {
                if (reading.equals("-")) {
                    continue;
                }
                readings++;
                String spelling = spell.apply(reading);
                if (variants(spelling).stream()
                        .noneMatch(v ->
                                ChineseDialectNames.pinyinReadings(List.of(v)).contains(row[1]))) {
                    missed.add(row[0] + " " + reading + " (" + spelling + ")");
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d of %d readings read as the character's Pinyin (%.2f); missed: %s%n",
                source,
                readings - missed.size(),
                readings,
                (readings - missed.size()) / (double) readings,
                String.join(", ", missed));
    }

    /** Peng'im without its tone digit, the initial as names spell it, ư (v) as u. */
    static String spellPengIm(String reading) {
        String syllable = reading.replaceAll("\\d$", "").replace('v', 'u');
        for (String[] initial : PENG_IM_INITIALS) {
            if (syllable.startsWith(initial[0])) {
                return initial[1] + syllable.substring(initial[0].length());
            }
        }
        return syllable;
    }

    /** Toneless Pe̍h-ōe-jī with the aspiration dropped and oa, oe spelled ua, ue. */
    static String spellPoj(String reading) {
        return reading.replace("chh", "ch")
                .replace("th", "t")
                .replace("kh", "k")
                .replace("ph", "p")
                .replace("oa", "ua")
                .replace("oe", "ue");
    }

    private static List<String> variants(String spelling) {
        List<String> variants = new ArrayList<>(List.of(spelling));
        if (spelling.matches("[^aeiou]*i")) {
            variants.add(spelling.substring(0, spelling.length() - 1) + "ee");
        }
        if (spelling.matches("[^aeiou]*un?")) {
            variants.add(spelling.replaceFirst("u", "oo"));
        }
        return variants;
    }
}
