package org.privacyscreen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Remediation;
import org.privacyscreen.ScreeningReport;

/** Writes a remediated post for {@code --redact-to}: post.txt and {@code <index>-<image file name>}. */
final class Redactions {
    private Redactions() {
    }

    static void write(Post original, ScreeningReport report, Path dir, PrintWriter err) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("post.txt"), report.remediated().text(), StandardCharsets.UTF_8);
            List<PostImage> images = report.remediated().images();
            for (int i = 0; i < images.size(); i++) {
                PostImage im = images.get(i);
                Path file = dir.resolve(i + "-" + safe(im.name()));
                byte[] bytes = im.bytes();
                Files.write(file, bytes);
                if (needsFixing(report, i) && i < original.images().size()
                        && original.images().get(i).read(b -> Arrays.equals(b, bytes))) {
                    err.println("privacy-screen: warning: " + file
                            + " is the image unchanged: no image remediator is installed to blur it and strip"
                            + " its metadata");
                }
            }
        } catch (IOException e) {
            throw new BadInputException("--redact-to " + dir + ": cannot write (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + Errors.oneLine(e.getMessage())) + ")");
        }
    }

    /**
     * Whether the report asks for image {@code index} to be changed: a finding in it, not covered, that is blurred or
     * whose metadata is stripped. An unchanged copy of an image with nothing to fix is no cause for a warning.
     */
    static boolean needsFixing(ScreeningReport report, int index) {
        return report.findings().stream().anyMatch(f -> !f.covered()
                && f.location() instanceof Location.Image im && im.image() == index
                && (f.remediation() == Remediation.BLUR || f.remediation() == Remediation.STRIP_METADATA));
    }

    /** A file or folder name that stays inside its folder whatever a post id or image name holds. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
            s = "_" + s;
        }
        return s.length() > 120 ? s.substring(0, 120) : s;
    }
}
