package org.opensor.registry.api.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Images as cameras and phones write them: with EXIF (GPS position), XMP or PNG text chunks the registry must strip. */
public final class TestImages {

    /** The text every metadata block below carries; it must not survive an upload. */
    public static final String GPS_TEXT = "GPSLatitude 11.5564N GPSLongitude 104.9282E";

    private TestImages() {}

    public static byte[] jpegWithExifAndXmp(int width, int height) {
        byte[] plain = encode(face(width, height), "jpeg");
        byte[] exif = segment(
                0xE1,
                concat(
                        "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1),
                        ("MM\0*" + GPS_TEXT).getBytes(StandardCharsets.ISO_8859_1)));
        byte[] xmp = segment(
                0xE1,
                ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPS>" + GPS_TEXT + "</exif:GPS></x:xmpmeta>")
                        .getBytes(StandardCharsets.ISO_8859_1));
        // SOI, then the metadata segments, then the rest of the file as ImageIO wrote it.
        return concat(
                new byte[] {(byte) 0xFF, (byte) 0xD8}, exif, xmp, java.util.Arrays.copyOfRange(plain, 2, plain.length));
    }

    public static byte[] pngWithTextChunk(int width, int height) {
        byte[] plain = encode(face(width, height), "png");
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
        byte[] text = ("Comment\0" + GPS_TEXT).getBytes(StandardCharsets.ISO_8859_1);
        return concat(
                java.util.Arrays.copyOfRange(plain, 0, afterHeader),
                chunk("tEXt", text),
                java.util.Arrays.copyOfRange(plain, afterHeader, plain.length));
    }

    public static byte[] gif(int width, int height) {
        return encode(face(width, height), "gif");
    }

    public static BufferedImage face(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8A27A));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] data) {
        int length = data.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, data);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return concat(
                ByteBuffer.allocate(4).putInt(data.length).array(),
                typeBytes,
                data,
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
