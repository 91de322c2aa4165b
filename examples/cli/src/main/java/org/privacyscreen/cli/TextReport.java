package org.privacyscreen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.privacyscreen.Excerpts;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.spi.ClientDirectory;

/**
 * A report as the person who publishes reads it (a practice manager, not a developer): whether the post may go
 * out, then each finding with what it is, whom it is about as the practice's directory names them, where it is,
 * why it matters and what to do. Offsets, confidences, enum names, detector and person ids appear only when
 * {@code verbose}. Names from the directory appear only when {@code names}; otherwise they are masked.
 */
final class TextReport {
    private final boolean colour;
    private final boolean verbose;
    private final boolean names;
    private final ClientDirectory directory;

    /**
     * @param colour    ANSI colours (a terminal that wants them)
     * @param verbose   the technical detail of each finding too
     * @param names     the directory's names of the people findings are about, unmasked
     * @param directory where those names come from
     */
    TextReport(boolean colour, boolean verbose, boolean names, ClientDirectory directory) {
        this.colour = colour;
        this.verbose = verbose;
        this.names = names;
        this.directory = directory;
    }

    void print(Post post, ScreeningReport report, PrintWriter out) {
        List<Finding> findings = report.findings();
        long fix = findings.stream().filter(f -> f.severity() == Severity.HIGH).count();
        long check = findings.stream().filter(f -> f.severity() == Severity.MEDIUM).count();
        out.println(verdict(report.verdict()) + "  " + verdictInWords(report.verdict(), fix, check)
                + (verbose ? dim("  (post " + report.postId() + ")") : ""));
        if (findings.isEmpty()) {
            out.println("  Nothing found that identifies a client or breaks a consent.");
        }
        for (Finding f : findings) {
            StringBuilder head = new StringBuilder("  ").append(severity(f)).append(' ').append(bold(label(f.type())));
            about(f).ifPresent(a -> head.append(", ").append(a));
            out.println(head);
            out.println("      " + where(post, f));
            out.println("      " + f.message());
            out.println("      " + dim("What to do: ") + (f.covered() ? "nothing, it is covered." : todo(f)));
            if (verbose) {
                out.println("      " + dim(technical(f)));
            }
        }
        report.redactedText().filter(t -> !t.equals(post.text())).ifPresent(t -> {
            out.println(dim("  The text with the problems taken out:"));
            t.lines().forEach(l -> out.println("    " + l));
        });
        out.flush();
    }

    private static String verdictInWords(Verdict v, long fix, long check) {
        return switch (v) {
            case ALLOW -> "Fine to publish.";
            case REVIEW -> "Have a person check it before it is published (" + plural(check, "thing") + " to check).";
            case BLOCK -> "Do not publish it as it is (" + plural(fix, "thing") + " to fix"
                    + (check > 0 ? ", " + check + " to check" : "") + ").";
        };
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Whom the finding is about, as the directory names them (masked unless names are allowed). */
    private Optional<String> about(Finding f) {
        return f.subject().map(id -> {
            Optional<Person> p = directory.find(id);
            String idPart = verbose ? " (id " + id + ")" : "";
            if (p.isEmpty()) {
                return "about someone the directory does not list" + idPart;
            }
            String role = p.get().isStaff() ? "staff member" : "client";
            String name = names ? p.get().name() : Excerpts.mask(p.get().name());
            return "about " + role + " " + name + idPart;
        });
    }

    private static String where(Post post, Finding f) {
        if (f.location() instanceof Location.Text) {
            return f.excerpt().map(e -> "In the text: \"" + e + "\"").orElse("In the text.");
        }
        if (f.location() instanceof Location.Image im) {
            String name = im.image() < post.images().size() ? " (" + post.images().get(im.image()).name() + ")" : "";
            return "In photo " + (im.image() + 1) + name + (f.source() == FindingSource.IMAGE_TEXT
                    ? ", in text written in the photo" : "") + ".";
        }
        return "The post as a whole.";
    }

    private String technical(Finding f) {
        StringBuilder b = new StringBuilder(f.type().name()).append(", ").append(f.severity().name())
                .append(", ").append(f.remediation().name()).append(", detector ").append(f.detector())
                .append(", confidence ").append(String.format(Locale.ROOT, "%.2f", f.confidence()));
        if (f.location() instanceof Location.Text t) {
            b.append(", text ").append(t.start()).append('-').append(t.end());
        } else if (f.location() instanceof Location.Image im) {
            b.append(", image ").append(im.image()).append(" at ").append(im.x()).append(',').append(im.y())
                    .append(' ').append(im.width()).append('x').append(im.height());
        }
        f.coveredBy().ifPresent(c -> b.append(", covered by: ").append(c));
        f.consentId().ifPresent(c -> b.append(", consent ").append(c));
        return b.toString();
    }

    /** The finding's type in words. */
    static String label(FindingType type) {
        return switch (type) {
            case PERSON_NAME -> "A person's name";
            case CLIENT_NAME -> "A client's name";
            case SOCIAL_HANDLE -> "A social-media handle";
            case PHONE_NUMBER -> "A phone number";
            case EMAIL_ADDRESS -> "An e-mail address";
            case POSTAL_ADDRESS -> "A postal address";
            case DATE_OF_BIRTH -> "A date of birth";
            case NATIONAL_ID -> "A national identity number";
            case MEDICAL_RECORD_NUMBER -> "A patient or record number";
            case PAYMENT_CARD -> "A payment card number";
            case HEALTH_INFORMATION -> "Health information about a person";
            case QUASI_IDENTIFIER -> "Details that could single someone out";
            case MINOR -> "Information about a child or young person";
            case MEDICAL_ADVICE -> "Medical advice from a personal account";
            case FACE -> "A face in a photo";
            case DOCUMENT_TEXT -> "A legible document, screen or label in a photo";
            case BARCODE -> "A barcode or QR code in a photo";
            case IMAGE_METADATA -> "Hidden location or owner details in a photo file";
            case CONSENT_MISSING -> "No consent on record";
            case CONSENT_REFUSED -> "Consent refused";
            case CONSENT_REVOKED -> "Consent withdrawn";
            case CONSENT_EXPIRED -> "Consent not valid on this date";
            case CONSENT_SCOPE -> "Consent does not cover this post";
            case CONSENT_EXHAUSTED -> "Consent already used up";
            case NAMING_CONSENT_MISSING -> "No written consent to be named";
            case GUARDIAN_CONSENT_MISSING -> "No parent's or guardian's consent";
            case UNSOLICITED_CONTACT -> "Contacting a client in public first";
            case AUDIENCE_OUTSIDER -> "People outside the staff in the audience";
            case PERSONAL_ACCOUNT_CLIENT_CONTENT -> "Client content on a personal account";
            case DETECTOR_FAILURE -> "A check could not finish";
        };
    }

    private static String todo(Finding f) {
        return switch (f.remediation()) {
            case REDACT -> "take it out of the text.";
            case BLUR -> "blur it in the photo.";
            case STRIP_METADATA -> "remove the photo's hidden details (location, camera, owner).";
            case OBTAIN_CONSENT -> "get the person's consent first, or leave them out of the post.";
            case REMOVE_MENTION -> "leave them out of the post.";
            case RESTRICT_AUDIENCE -> "send it to staff only.";
            case ADD_DISCLAIMER -> "post it from the practice's own account, or say it is not medical advice.";
            case REMOVE_IMAGE -> "leave the photo out.";
            case REVIEW -> "have a person read the post before it goes out.";
        };
    }

    private String verdict(Verdict v) {
        String code = switch (v) {
            case ALLOW -> "1;32";
            case REVIEW -> "1;33";
            case BLOCK -> "1;31";
        };
        return paint(code, v.name());
    }

    private String severity(Finding f) {
        if (f.covered()) {
            return paint("36", "Covered  ");
        }
        return switch (f.severity()) {
            case HIGH -> paint("31", "Must fix ");
            case MEDIUM -> paint("33", "Check    ");
            case LOW, OFF -> paint("36", "Note     ");
        };
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
