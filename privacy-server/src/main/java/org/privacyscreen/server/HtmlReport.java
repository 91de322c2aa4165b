package org.privacyscreen.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.privacyscreen.Excerpts;
import org.privacyscreen.FaceRole;
import org.privacyscreen.FindingSource;
import org.privacyscreen.Finding;
import org.privacyscreen.ImageFormat;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.server.internal.FindingAdvice;
import org.privacyscreen.server.internal.ImageSize;

/**
 * A screening report as one self-contained HTML file with the review page's look: the verdict in plain words, the
 * text with each finding marked, the photos with boxes drawn, what to do and why. Safe to mail to a manager: the
 * text of every finding is masked, photos are the remediated ones (blurred, no metadata) or left out when no image
 * remediator changed them, the post's own markup is escaped, and the file runs no script and loads nothing.
 *
 * <p>Write {@link #header}, then one {@link #section} a post, then {@link #footer}, so a batch need not hold every
 * post at once; {@link #render} does all three for one post.
 */
public final class HtmlReport {
    private static final String CSS = css();
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private HtmlReport() {
    }

    /** One post's report as a whole file. */
    public static String render(Post post, ScreeningReport report) {
        return header("Privacy Screen report") + section(1, post, report) + footer();
    }

    /** The start of a file titled {@code title}: styles inline, a policy that allows no script. */
    public static String header(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n"
                + "<p class=\"lead\">What Privacy Screen found, what to do and why. Every value it found is masked.</p>\n";
    }

    public static String footer() {
        return "<footer>Made by Privacy Screen. Found values are masked; photos are shown blurred.</footer>\n"
                + "</main>\n</body>\n</html>\n";
    }

    /** The section of post number {@code number}. */
    public static String section(int number, Post post, ScreeningReport report) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(report, "report");
        Map<Finding, Integer> numbers = new IdentityHashMap<>();
        for (int i = 0; i < report.findings().size(); i++) {
            numbers.put(report.findings().get(i), i + 1);
        }
        StringBuilder b = new StringBuilder(4096);
        b.append("<section class=\"card\">\n<h2>Post ").append(number).append(" <span class=\"note\">reference ")
                .append(escape(report.postId())).append("</span></h2>\n");
        String v = report.verdict().name();
        b.append("<div class=\"verdict verdict-").append(v).append("\" data-verdict=\"").append(v).append("\"><h2>")
                .append(escape(FindingAdvice.verdictTitle(report.verdict()))).append("</h2><p>")
                .append(escape(FindingAdvice.verdictText(report.verdict()))).append("</p></div>\n");
        if (!post.text().isEmpty()) {
            b.append("<h3>The post, with what was found (masked)</h3>\n<p class=\"post-text\">");
            text(b, post.text(), report.findings(), numbers);
            b.append("</p>\n");
        }
        photos(b, post, report, numbers);
        b.append("<h3>What was found</h3>\n");
        if (report.findings().isEmpty()) {
            b.append("<p class=\"note\">Nothing.</p>\n");
        } else {
            b.append("<ol class=\"findings\">\n");
            for (Finding f : report.findings()) {
                finding(b, f, numbers.get(f));
            }
            b.append("</ol>\n");
        }
        if (!report.remediated().text().isEmpty()) {
            b.append("<h3>The corrected text</h3>\n<p class=\"post-text\">").append(escape(report.remediated().text()))
                    .append("</p>\n");
        }
        return b.append("</section>\n").toString();
    }

    /** The text cut at every finding's ends; each stretch under a finding is masked and marked. */
    private static void text(StringBuilder b, String text, List<Finding> findings, Map<Finding, Integer> numbers) {
        List<Finding> spans = findings.stream().filter(f -> f.location() instanceof Location.Text).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Finding f : spans) {
            Location.Text t = (Location.Text) f.location();
            cuts.add(Math.min(t.start(), text.length()));
            cuts.add(Math.min(t.end(), text.length()));
        }
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int a = from;
            int z = to;
            List<Finding> over = spans.stream().filter(f -> {
                Location.Text t = (Location.Text) f.location();
                return t.start() <= a && t.end() >= z;
            }).toList();
            if (over.isEmpty()) {
                b.append(escape(text.substring(a, z)));
            } else {
                Finding worst = over.stream().max(Comparator.comparing(Finding::severity)).orElseThrow();
                b.append("<mark class=\"sev-").append(worst.severity().name()).append("\">")
                        .append(escape(Excerpts.mask(text, Location.text(a, z))));
                boolean ends = over.stream().anyMatch(f -> ((Location.Text) f.location()).end() == z);
                if (ends) {
                    b.append("<sup>").append(String.join(",", over.stream().map(f -> numbers.get(f).toString())
                            .toList())).append("</sup>");
                }
                b.append("</mark>");
            }
            from = to;
        }
    }

    private static void photos(StringBuilder b, Post post, ScreeningReport report, Map<Finding, Integer> numbers) {
        if (post.images().isEmpty()) {
            return;
        }
        b.append("<h3>The photos, blurred, with what was found</h3>\n<div class=\"photos\">\n");
        List<PostImage> remediated = report.remediated().images();
        for (int i = 0; i < post.images().size(); i++) {
            int index = i;
            PostImage original = post.images().get(i);
            Optional<PostImage> shown = i < remediated.size() && !sameBytes(original, remediated.get(i))
                    ? Optional.of(remediated.get(i)) : Optional.empty();
            List<Finding> boxes = report.findings().stream().filter(f -> f.location() instanceof Location.Image im
                    && im.image() == index).toList();
            b.append("<figure class=\"photo\">");
            Optional<int[]> size = shown.flatMap(p -> p.read(ImageSize::of));
            if (shown.isPresent() && size.isPresent()) {
                int w = size.get()[0];
                int h = size.get()[1];
                String mime = shown.get().read(ImageFormat::sniff).map(HtmlReport::mime).orElse("image/jpeg");
                b.append("<div class=\"frame\"><img alt=\"Photo ").append(i + 1)
                        .append(", blurred, with what was found outlined\" src=\"data:").append(mime).append(";base64,")
                        .append(shown.get().<String>read(x -> Base64.getEncoder().encodeToString(x))).append("\">");
                for (Finding f : boxes) {
                    Location.Image im = (Location.Image) f.location();
                    b.append("<div class=\"box sev-").append(f.severity().name()).append("\" style=\"left:")
                            .append(pct(im.x(), w)).append("%;top:").append(pct(im.y(), h)).append("%;width:")
                            .append(pct(im.width(), w)).append("%;height:").append(pct(im.height(), h))
                            .append("%\"><span>").append(numbers.get(f)).append("</span></div>");
                }
                b.append("</div>");
            } else {
                b.append("<p class=\"note\">Photo ").append(i + 1).append(" is not included: no image remediator was"
                        + " installed to blur it, and this file shows masked content only.</p>");
            }
            b.append("<figcaption>Photo ").append(i + 1).append(boxes.isEmpty() ? ": nothing marked" : ": "
                    + boxes.size() + " marked").append("</figcaption></figure>\n");
        }
        b.append("</div>\n");
    }

    private static void finding(StringBuilder b, Finding f, int number) {
        FindingAdvice.Advice a = FindingAdvice.of(f.type());
        b.append("<li class=\"finding sev-").append(f.severity().name()).append("\" data-type=\"")
                .append(f.type().name()).append("\"><h3><span class=\"badge\">").append(number).append("</span>")
                .append(escape(a.title())).append(" <span class=\"severity\">")
                .append(escape(FindingAdvice.severity(f.severity()))).append("</span></h3>");
        List<String> where = new ArrayList<>();
        if (f.location() instanceof Location.Text) {
            where.add("In the text" + f.excerpt().map(e -> " (" + e + ")").orElse(""));
        } else if (f.location() instanceof Location.Image im) {
            where.add("In photo " + (im.image() + 1) + (f.source() == FindingSource.IMAGE_TEXT
                    ? ", in writing on it" : ""));
        }
        f.faceRole().filter(r -> r == FaceRole.BACKGROUND).ifPresent(r -> where.add("someone in the"
                + " background"));
        if (!where.isEmpty()) {
            b.append("<p class=\"where\">").append(escape(String.join(" · ", where))).append("</p>");
        }
        b.append("<p class=\"todo\"><strong>What to do:</strong> ").append(escape(f.covered() ? FindingAdvice.COVERED
                : FindingAdvice.todo(f.remediation()))).append("</p>");
        b.append("<p class=\"why\"><strong>Why:</strong> ").append(escape(a.why())).append("</p></li>\n");
    }

    private static boolean sameBytes(PostImage a, PostImage b) {
        return a.read(x -> b.read(y -> Arrays.equals(x, y)));
    }

    private static String mime(ImageFormat f) {
        return switch (f.name()) {
            case "PNG" -> "image/png";
            case "WEBP" -> "image/webp";
            default -> "image/jpeg";
        };
    }

    private static String pct(int v, int of) {
        return String.format(java.util.Locale.ROOT, "%.3f", 100.0 * v / of);
    }

    /** Escapes text and attribute values: nothing a post holds can become markup. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/org/privacyscreen/server/page/app.css")) {
            if (in == null) {
                throw new IllegalStateException("missing app.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
