package org.privacyscreen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/** Runs the image contract on a sound detector and on deliberately broken ones, and checks what it catches. */
class ImageDetectorContractTest {

    enum Flaw { NONE, BOX_OUTSIDE, WRONG_IMAGE }

    /** Finds the box around every dark pixel. */
    static final class DarkRegions implements ImageDetector {
        private final Flaw flaw;

        DarkRegions(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return "dark-regions";
        }

        @Override
        public List<Finding> detect(ScreeningContext context, int image) {
            BufferedImage img = decode(context.post().images().get(image).bytes());
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            int maxX = -1;
            int maxY = -1;
            for (int y = 0; y < img.getHeight(); y++) {
                if (Thread.interrupted()) {
                    throw new PrivacyScreenException(ErrorCode.INTERNAL, "interrupted");
                }
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y);
                    int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                    if (lum < 40) {
                        minX = Math.min(minX, x);
                        minY = Math.min(minY, y);
                        maxX = Math.max(maxX, x);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            if (maxX < 0) {
                return List.of();
            }
            int width = maxX - minX + 1 + (flaw == Flaw.BOX_OUTSIDE ? img.getWidth() : 0);
            int index = flaw == Flaw.WRONG_IMAGE ? 0 : image;
            return List.of(Finding.builder(FindingType.DOCUMENT_TEXT)
                    .location(Location.image(index, minX, minY, width, maxY - minY + 1))
                    .message("A dark region that may hold legible text.").build());
        }

        private static BufferedImage decode(byte[] bytes) {
            try {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
                if (img == null) {
                    throw new PrivacyScreenException(ErrorCode.IMAGE_UNSUPPORTED, "image: unknown format");
                }
                return img;
            } catch (IOException e) {
                throw new PrivacyScreenException(ErrorCode.IMAGE_INVALID, "image: cannot be decoded", e);
            }
        }
    }

    abstract static class Contract extends ImageDetectorContract {
        abstract Flaw flaw();

        @Override
        protected ImageDetector detector() {
            return new DarkRegions(flaw());
        }

        @Override
        protected List<byte[]> positives() {
            return List.of(withDarkBox(200, 100), withDarkBox(64, 64));
        }

        @Override
        protected java.time.Duration timeBudget() {
            return java.time.Duration.ofSeconds(60); // a bound against hangs on a busy build machine, not a speed test
        }
    }

    static class Sound extends Contract {
        @Override
        Flaw flaw() {
            return Flaw.NONE;
        }
    }

    static class BoxOutside extends Contract {
        @Override
        Flaw flaw() {
            return Flaw.BOX_OUTSIDE;
        }
    }

    static class WrongImage extends Contract {
        @Override
        Flaw flaw() {
            return Flaw.WRONG_IMAGE;
        }
    }

    @Test
    void contract_soundDetector_passesEveryCheck() {
        var results = TextDetectorContractTest.run(Sound.class);
        assertThat(TextDetectorContractTest.failed(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(12);
    }

    @Test
    void contract_boxOutsideTheImage_fails() {
        assertThat(TextDetectorContractTest.failed(TextDetectorContractTest.run(BoxOutside.class)))
                .contains("detect_findings_insideTheImage", "detect_tinyImage_doesNotFail");
    }

    @Test
    void contract_boxInAnotherImage_fails() {
        assertThat(TextDetectorContractTest.failed(TextDetectorContractTest.run(WrongImage.class)))
                .contains("detect_findings_insideTheImage").doesNotContain("detect_positives_findSomething");
    }

    static byte[] withDarkBox(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(width / 4, height / 5, width / 3, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
