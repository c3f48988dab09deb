package org.opensor.registry.api.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.refusal.RuleViolation;

class FacialImagesTest {

    @Test
    void aJpegLosesItsExifAndXmpButKeepsItsPixels() throws Exception {
        byte[] upload = TestImages.jpegWithExifAndXmp(300, 400);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1))
                .contains(TestImages.GPS_TEXT)
                .contains("Exif");

        CleanImage clean = FacialImages.clean(upload);

        String stored = new String(clean.image(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("GPSLatitude").doesNotContain("Exif").doesNotContain("xmpmeta");
        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.image())).getWidth())
                .isEqualTo(300);
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.thumbnail())).getHeight())
                .isEqualTo(FacialImages.THUMBNAIL_SIDE);
    }

    @Test
    void aPngLosesItsTextChunks() {
        CleanImage clean = FacialImages.clean(TestImages.pngWithTextChunk(200, 200));

        assertThat(clean.contentType()).isEqualTo("image/png");
        assertThat(new String(clean.image(), StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude")
                .doesNotContain("tEXt");
    }

    @Test
    void theTypeIsDecidedByTheFirstBytes() {
        assertThatThrownBy(() -> FacialImages.clean(TestImages.gif(200, 200)))
                .isInstanceOf(RuleViolation.class)
                .extracting("field", "rule")
                .containsExactly("file", "jpeg-or-png");
        assertThatThrownBy(() -> FacialImages.clean("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .extracting("rule")
                .isEqualTo("jpeg-or-png");
    }

    @Test
    void sizeAndDimensionsAreChecked() {
        assertThatThrownBy(() -> FacialImages.clean(new byte[0]))
                .extracting("rule")
                .isEqualTo("required");
        assertThatThrownBy(() -> FacialImages.clean(new byte[FacialImages.MAX_BYTES + 1]))
                .extracting("rule")
                .isEqualTo("max-size-5MB");
        assertThatThrownBy(() -> FacialImages.clean(TestImages.jpegWithExifAndXmp(40, 40)))
                .extracting("rule")
                .isEqualTo("min-100px");
        byte[] truncated = java.util.Arrays.copyOf(TestImages.pngWithTextChunk(200, 200), 60);
        assertThatThrownBy(() -> FacialImages.clean(truncated))
                .extracting("rule")
                .isEqualTo("decodable");
    }
}
