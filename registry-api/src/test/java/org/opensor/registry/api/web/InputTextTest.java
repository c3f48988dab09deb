package org.opensor.registry.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void refusesNulControlsLoneSurrogatesBidiOverridesAndNoncharacters() {
        assertThat(InputText.refusal("SO\u0000K")).contains("U+0000").contains("position 2");
        assertThat(InputText.refusal("\u0085")).contains("U+0085");
        assertThat(InputText.refusal("ab\uD800")).contains("lone surrogate");
        assertThat(InputText.refusal("\uDC00ab")).contains("lone surrogate");
        assertThat(InputText.refusal("SOK\u202E")).contains("U+202E");
        assertThat(InputText.refusal("\u2067x")).contains("U+2067");
        assertThat(InputText.refusal("\uFFFF")).contains("noncharacter");
        assertThat(InputText.refusal("\uD83F\uDFFE")).contains("noncharacter");
    }

    @Test
    void acceptsEveryScriptJoinersEmojiAndLineBreaks() {
        assertThat(InputText.refusal("សុខ សុខា")).isNull();
        assertThat(InputText.refusal("ស\u200Dុខ\u200C")).isNull();
        assertThat(InputText.refusal("محمد \u200F")).isNull();
        assertThat(InputText.refusal("P<KHMSOK<<SOKHA\nN1234567")).isNull();
        assertThat(InputText.refusal("\uD83D\uDE00")).isNull();
    }

    @Test
    void stripsZeroWidthSpacesWordJoinersAndByteOrderMarks() {
        assertThat(InputText.withoutInvisibleSpaces("\uFEFFSO\u200BK\u2060")).isEqualTo("SOK");
        assertThat(InputText.withoutInvisibleSpaces("ស\u200Dុ")).isEqualTo("ស\u200Dុ");
    }
}
