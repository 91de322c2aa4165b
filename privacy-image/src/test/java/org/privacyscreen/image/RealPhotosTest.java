package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.ScreeningReport;

/**
 * Real photographs from Debian packages ({@code photos/MANIFEST.md}): fifty without people or legible text must raise
 * no alarm, and the faces in the others must be found. {@code photos/expected.csv} has one column per finding type;
 * {@code photos/faces/faces.csv} has the faces, box by box.
 */
class RealPhotosTest {
    private static final String ROOT = "/photos/";

    /** A face marked in faces.csv. */
    record Face(String photo, int x, int y, int width, int height, boolean required) {
        boolean covers(Location.Image b) {
            int cx = b.x() + b.width() / 2;
            int cy = b.y() + b.height() / 2;
            return cx >= x && cx <= x + width && cy >= y && cy <= y + height;
        }

        boolean coveredBy(Location.Image b) {
            int cx = x + width / 2;
            int cy = y + height / 2;
            return cx >= b.x() && cx <= b.x() + b.width() && cy >= b.y() && cy <= b.y() + b.height();
        }
    }

    static Stream<Arguments> expected() {
        List<String> rows = rows("expected.csv");
        String[] header = rows.get(0).split(",");
        List<Arguments> out = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            out.add(Arguments.of(cells[0], Arrays.copyOfRange(header, 1, header.length),
                    Arrays.copyOfRange(cells, 1, cells.length)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void screen_givesTheExpectedFindingsOfEachType(String photo, String[] types, String[] counts) {
        ScreeningReport r = Screening.screen(read(photo));
        for (int i = 0; i < types.length; i++) {
            String[] range = counts[i].split("-");
            int lo = Integer.parseInt(range[0].trim());
            int hi = Integer.parseInt(range[range.length - 1].trim());
            assertThat(r.findings(FindingType.valueOf(types[i].trim()))).as(types[i] + " in " + photo + ": "
                    + Screening.describe(r)).hasSizeBetween(lo, hi);
        }
    }

    static Stream<Arguments> faces() {
        Map<String, List<Face>> byPhoto = rows("faces/faces.csv").stream().skip(1).map(l -> l.split(","))
                .map(c -> new Face(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                        Integer.parseInt(c[4]), Boolean.parseBoolean(c[5])))
                .collect(Collectors.groupingBy(Face::photo, java.util.TreeMap::new, Collectors.toList()));
        return byPhoto.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faces")
    void faces_findsEveryMarkedFaceAndNothingElse(String photo, List<Face> marked) {
        ScreeningReport r = Screening.screen(read("faces/" + photo));
        List<Location.Image> boxes = Screening.boxes(r, FindingType.FACE);
        for (Face f : marked.stream().filter(Face::required).toList()) {
            assertThat(boxes).as("face at %d,%d (%d px) in %s: %s", f.x(), f.y(), f.height(), photo,
                    Screening.describe(r)).anySatisfy(b -> {
                        assertThat(f.coveredBy(b)).isTrue();
                        assertThat(b.height()).isBetween((int) (0.6 * f.height()), (int) (1.6 * f.height()));
                    });
        }
        for (Finding finding : r.findings(FindingType.FACE)) {
            Location.Image b = (Location.Image) finding.location();
            assertThat(marked).as("a FACE where no face is marked in %s: %s", photo, Screening.describe(r))
                    .anyMatch(f -> f.covers(b));
        }
    }

    static byte[] read(String photo) {
        try (InputStream in = RealPhotosTest.class.getResourceAsStream(ROOT + photo)) {
            if (in == null) {
                throw new IllegalStateException("test photo missing: " + photo);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> rows(String csv) {
        return new String(read(csv), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
    }
}
