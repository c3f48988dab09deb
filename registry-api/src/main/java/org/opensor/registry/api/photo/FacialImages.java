package org.opensor.registry.api.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.opensor.registry.api.refusal.RuleViolation;

/**
 * Checks an uploaded facial photo and re-encodes it from its pixels alone: whatever metadata the camera or phone
 * wrote (EXIF with GPS position, XMP, comments) is not carried over. The type is decided by the file's first bytes,
 * never by the name or the declared content type. Plain Java (ImageIO), no Spring.
 */
public final class FacialImages {

    /** The field every refusal names: the multipart part holding the image. */
    public static final String FIELD = "file";
    /** Largest upload accepted; a 12-megapixel phone JPEG is about 4 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Smallest side a face can be recognised on. */
    public static final int MIN_SIDE = 100;
    /** Largest side: decoding is refused beyond it before any pixel is read (an image bomb would exhaust memory). */
    public static final int MAX_SIDE = 6000;

    static final int THUMBNAIL_SIDE = 160;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private FacialImages() {}

    /** @throws RuleViolation naming {@link #FIELD} and the rule the upload breaks */
    public static CleanImage clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new RuleViolation(FIELD, "required", "file is required: choose a JPEG or PNG photo");
        }
        if (upload.length > MAX_BYTES) {
            throw new RuleViolation(FIELD, "max-size-5MB", "file is larger than 5 MB: choose a smaller photo");
        }
        String type = startsWith(upload, JPEG) ? "image/jpeg" : startsWith(upload, PNG) ? "image/png" : null;
        if (type == null) {
            throw new RuleViolation(
                    FIELD, "jpeg-or-png", "file is not a JPEG or PNG image: only JPEG and PNG photos are accepted");
        }
        BufferedImage pixels = decode(upload, type);
        byte[] image = "image/png".equals(type) ? encodePng(pixels) : encodeJpeg(rgb(pixels), 0.92f);
        return new CleanImage(type, pixels.getWidth(), pixels.getHeight(), image, encodeJpeg(thumbnail(pixels), 0.85f));
    }

    private static BufferedImage decode(byte[] upload, String type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new RuleViolation(
                            FIELD,
                            "max-" + MAX_SIDE + "px",
                            "file is " + width + " × " + height + " pixels: at most " + MAX_SIDE
                                    + " pixels on each side");
                }
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw new RuleViolation(
                            FIELD,
                            "min-" + MIN_SIDE + "px",
                            "file is " + width + " × " + height + " pixels: a face needs at least " + MIN_SIDE
                                    + " pixels on each side");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation violation) {
                throw violation;
            }
            throw new RuleViolation(
                    FIELD,
                    "decodable",
                    "file could not be read as a " + (type.equals("image/png") ? "PNG" : "JPEG")
                            + " image: it may be damaged; save it again and upload it");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** JPEG has no alpha channel, and ImageIO's writer refuses one: draw onto white RGB. */
    private static BufferedImage rgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB || source.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return source;
        }
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static BufferedImage thumbnail(BufferedImage source) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return small;
    }

    /** Written without metadata: ImageIO adds only what the format itself needs (JFIF header, no EXIF). */
    private static byte[] encodeJpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Pixels only: no tEXt, iTXt, eXIf or tIME chunk is written. */
    private static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
