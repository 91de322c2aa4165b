package org.privacyscreen.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PngCheckTest {

    /** A PNG written by the JDK's own encoder: {@code type} a BufferedImage type, Adam7 when {@code interlaced}. */
    static byte[] png(int type, int width, int height, boolean interlaced) {
        BufferedImage im = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                im.setRGB(x, y, (x * 7919 + y * 104729) & 0xffffff);
            }
        }
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream s = new MemoryCacheImageOutputStream(out)) {
            w.setOutput(s);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            w.write(null, new IIOImage(im, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    /** Offset of the first chunk of {@code type}. */
    static int chunk(byte[] png, String type) {
        ByteBuffer b = ByteBuffer.wrap(png);
        for (int at = 8; at + 8 <= png.length; at += 12 + b.getInt(at)) {
            if (new String(png, at + 4, 4, StandardCharsets.US_ASCII).equals(type)) {
                return at;
            }
        }
        throw new IllegalStateException("no " + type);
    }

    static void fixCrc(byte[] png, int at) {
        int length = ByteBuffer.wrap(png).getInt(at);
        CRC32 crc = new CRC32();
        crc.update(png, at + 4, length + 4);
        ByteBuffer.wrap(png).putInt(at + 8 + length, (int) crc.getValue());
    }

    @ParameterizedTest
    @CsvSource({"1,37,23,false", "1,37,23,true", "2,16,9,true", "5,1,1,false", "5,1,1,true", "10,64,3,false",
            "11,5,70,true", "12,33,33,false", "13,9,17,true", "6,640,480,false", "5,3,2,true"})
    void wholePngsOfEveryKindPass(int type, int width, int height, boolean interlaced) {
        byte[] png = png(type, width, height, interlaced);
        assertThat(PngCheck.problem(png)).isEmpty();
    }

    @Property(tries = 300)
    void anyDamagedByteIsFound(@ForAll @IntRange(min = 8, max = 100_000) int position,
                               @ForAll @IntRange(min = 1, max = 255) int xor) {
        byte[] png = png(BufferedImage.TYPE_INT_RGB, 40, 30, false);
        byte[] damaged = png.clone();
        damaged[position % (png.length - 8) + 8] ^= (byte) xor;
        assertThat(PngCheck.problem(damaged)).isPresent();
    }

    @Property(tries = 100)
    void anyTruncationIsFound(@ForAll @IntRange(min = 8, max = 100_000) int cut) {
        byte[] png = png(BufferedImage.TYPE_BYTE_GRAY, 30, 30, true);
        assertThat(PngCheck.problem(Arrays.copyOf(png, cut % (png.length - 8) + 8))).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"corrupt,the image data is corrupt", "short,the image data is shorter than the image",
            "wide,the image data is shorter than the image", "narrow,the image data is longer than the image"})
    void damageWithValidChecksumsIsFound(String kind, String reason) {
        byte[] png = png(BufferedImage.TYPE_INT_RGB, 20, 20, false);
        int header = chunk(png, "IHDR");
        int data = chunk(png, "IDAT");
        int length = ByteBuffer.wrap(png).getInt(data);
        switch (kind) {
            case "corrupt" -> Arrays.fill(png, data + 8 + 2, data + 8 + length - 4, (byte) 0xff);
            case "short" -> ByteBuffer.wrap(png).putInt(header + 8 + 4, 21); // one row more than the data holds
            case "wide" -> ByteBuffer.wrap(png).putInt(header + 8, 21);
            default -> ByteBuffer.wrap(png).putInt(header + 8, 19);
        }
        fixCrc(png, header);
        fixCrc(png, data);
        assertThat(PngCheck.problem(png)).hasValue(reason);
    }
}
