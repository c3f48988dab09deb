package org.opensor.registry.matching.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dialect given-name spellings checked from the published readings, not from {@code chinese-given-names.txt} (issue
 * 22): each row is a character's reading as its source prints it, the name spelling the table's stated conventions make
 * of it, and the character's Pinyin. The evaluation's given-name set is drawn from the table itself, so only these rows
 * test the table against its sources.
 */
class ChineseDialectSourceReadingsTest {

    /**
     * Teochew Peng'im as 潮州音字典 (1983) prints it (learn-teochew/charpeng-js, dieziu.dict.tsv), spelled with z and c as
     * ch, d as t, g as k, no tone, ee for a lone i.
     */
    @ParameterizedTest(name = "Teochew {1} ({0}) spelled {2} reads as {3}")
    @CsvSource({
        "國, gok4, kok, guo",
        "偉, ui2, ui, wei",
        "秀, siu3, siu, xiu",
        "志, zi3, chi, zhi",
        "明, meng5, meng, ming",
        "成, seng5, seng, cheng",
        "福, hok4, hok, fu",
        "德, dek4, tek, de",
        "平, peng5, peng, ping",
        "慶, keng3, keng, qing",
        "祥, siang5, siang, xiang",
        "貴, gui3, kui, gui",
        "財, cai5, chai, cai",
        "金, gim1, kim, jin",
        "雄, hiong5, hiong, xiong",
        "泉, zuan5, chuan, quan",
        "水, zui2, chui, shui",
        "心, sim1, sim, xin",
        "怡, i5, ee, yi",
        "婷, teng5, teng, ting",
        "貞, zeng1, cheng, zhen",
        "珠, zu1, chu, zhu",
        "山, suan1, suan, shan",
        "英, eng1, eng, ying"
    })
    void aTeochewReadingSpelledAsANameReadsAsItsPinyin(
            String character, String pengIm, String spelling, String pinyin) {
        assertThat(ChineseDialectNames.pinyinReadings(List.of(spelling))).contains(pinyin);
    }

    /**
     * Amoy Hokkien as the 1883 English–Amoy dictionary gives it (osfans/MCPDict, its 1883 Amoy table), in Pe̍h-ōe-jī
     * without tones, spelled with ua for oa, ee for i, oo for u, eo for io, ea for ia, wee for ui, k as ck, the
     * aspiration dropped.
     */
    @ParameterizedTest(name = "Amoy {1} ({0}) spelled {2} reads as {3}")
    @CsvSource({
        "國, kok, kok, guo",
        "福, hok, hock, fu",
        "德, tek, teck, de",
        "文, bun, boon, wen",
        "發, hoat, huat, fa",
        "志, chi, chee, zhi",
        "俊, chun, choon, jun",
        "順, sun, soon, shun",
        "傑, kiat, keat, jie",
        "玉, giok, geok, yu",
        "月, goat, guat, yue",
        "雪, soat, suat, xue",
        "源, goan, guan, yuan",
        "偉, ui, wee, wei",
        "貴, kui, kwee, gui",
        "美, bi, bee, mei",
        "儀, gi, gee, yi",
        "智, ti, tee, zhi",
        "添, thiam, tiam, tian",
        "萬, ban, ban, wan",
        "敏, bin, bin, min",
        "珍, tin, tin, zhen",
        "忠, tiong, tiong, zhong",
        "龍, liong, liong, long",
        "強, kiong, kiong, qiang",
        "嬌, kiau, kiau, jiao",
        "益, ek, ek, yi",
        "榮, eng, eng, rong",
        "永, eng, eng, yong"
    })
    void anAmoyReadingSpelledAsANameReadsAsItsPinyin(String character, String poj, String spelling, String pinyin) {
        assertThat(ChineseDialectNames.pinyinReadings(List.of(spelling))).contains(pinyin);
    }

    /**
     * Spellings the table once had that no reachable source backs: the source's reading of the character is another
     * (Amoy kiông for 強, Teochew iong5 for 榮), so the spelling is not read as that character's Pinyin.
     */
    @ParameterizedTest(name = "{0} is not read as {1}")
    @CsvSource({
        "fui, hui",
        "mun, wen",
        "fatt, fa",
        "khiong, qiang",
        "kien, jian",
        "aik, yi",
        "buay, mei",
        "moi, mei",
        "kiaw, jiao",
        "tiang, chang",
        "liong, liang",
        "seow, xiu",
        "khoon, kun",
        "koon, kun",
        "hin, xin",
        "khin, qin",
        "siok, shu",
        "mee, mei"
    })
    void aSpellingNoSourceBacksIsNotReadAsThatPinyin(String spelling, String pinyin) {
        assertThat(ChineseDialectNames.pinyinReadings(List.of(spelling))).doesNotContain(pinyin);
    }
}
