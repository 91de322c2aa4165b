package org.privacyscreen.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.privacyscreen.Finding;
import org.privacyscreen.Location;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;

/** A report as a person reads it: the verdict, then each finding with what, where, why and what to do. */
final class TextReport {
    private final boolean colour;

    TextReport(boolean colour) {
        this.colour = colour;
    }

    void print(ScreeningReport report, PrintWriter out) {
        Map<Severity, Long> counts = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::severity, Collectors.counting()));
        out.println(bold("Post " + report.postId()) + "  " + verdict(report.verdict()) + "  "
                + dim(counts.getOrDefault(Severity.HIGH, 0L) + " high, " + counts.getOrDefault(Severity.MEDIUM, 0L)
                + " medium, " + counts.getOrDefault(Severity.LOW, 0L) + " low"));
        if (report.findings().isEmpty()) {
            out.println("  No findings.");
        }
        for (Finding f : report.findings()) {
            StringBuilder head = new StringBuilder("  ").append(severity(f.severity())).append(' ')
                    .append(bold(f.type().name()));
            f.excerpt().ifPresent(e -> head.append("  \"").append(e).append('"'));
            head.append(dim("  (" + where(f.location()) + ", " + f.detector()
                    + f.subject().map(s -> ", subject " + s).orElse("") + ", confidence "
                    + String.format(java.util.Locale.ROOT, "%.2f", f.confidence()) + ")"));
            out.println(head);
            out.println("      " + f.message());
            out.println("      " + dim("what to do: ") + (f.covered() ? "nothing, it is covered (were it not: "
                    + remediation(f) + ")" : remediation(f)));
        }
        if (!report.remediated().text().isEmpty() && !report.findings().isEmpty()) {
            out.println(dim("  Redacted text:"));
            report.remediated().text().lines().forEach(l -> out.println("    " + l));
        }
        out.flush();
    }

    private static String where(Location l) {
        if (l instanceof Location.Text t) {
            return "text " + t.start() + "-" + t.end();
        }
        if (l instanceof Location.Image im) {
            return "image " + im.image() + " at " + im.x() + "," + im.y() + " " + im.width() + "x" + im.height();
        }
        return "whole post";
    }

    private static String remediation(Finding f) {
        return switch (f.remediation()) {
            case REDACT -> "redact it";
            case BLUR -> "blur it";
            case STRIP_METADATA -> "strip the image's metadata";
            case OBTAIN_CONSENT -> "obtain consent first";
            case REMOVE_MENTION -> "remove the mention";
            case RESTRICT_AUDIENCE -> "restrict the audience to staff";
            case ADD_DISCLAIMER -> "add a disclaimer or post from the practice's account";
            case REMOVE_IMAGE -> "remove the image";
            case REVIEW -> "have a person review the post";
        } + " (" + f.remediation().name() + ")";
    }

    private String verdict(Verdict v) {
        String code = switch (v) {
            case ALLOW -> "1;32";
            case REVIEW -> "1;33";
            case BLOCK -> "1;31";
        };
        return paint(code, v.name());
    }

    private String severity(Severity s) {
        String code = switch (s) {
            case HIGH -> "31";
            case MEDIUM -> "33";
            case LOW, OFF -> "36";
        };
        return paint(code, String.format("%-6s", s.name()));
    }

    private String bold(String s) {
        return paint("1", s);
    }

    private String dim(String s) {
        return paint("2", s);
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    /** Colours only on a terminal, and never when NO_COLOR is set (no-color.org). */
    static boolean colourWanted() {
        String no = System.getenv("NO_COLOR");
        return System.console() != null && (no == null || no.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    }
}
