package org.privacyscreen.server.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import org.privacyscreen.FindingType;
import org.privacyscreen.Remediation;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;

/**
 * What a finding means to the person who publishes, in their words: what was found, why it matters (the guidance
 * rule it comes from), and what to do. The review page and the HTML report both speak from here. No offsets,
 * confidences or ids: a practice manager decides from this alone.
 */
public final class FindingAdvice {
    /** A type's plain title and the rule behind it. */
    public record Advice(String title, String why) {
    }

    private static final String RULE_CONSENT = "Nothing that identifies a client goes out without their explicit,"
            + " written consent for this use.";
    private static final String RULE_PHOTO = "Check the background of every photo: phone cameras are sharp enough"
            + " to read what is on a desk or a screen.";

    private static final Map<FindingType, Advice> ADVICE = new EnumMap<>(FindingType.class);

    static {
        put(FindingType.PERSON_NAME, "A person's name", "Names identify people; a client's name needs their consent"
                + " to be named, and a stranger's should not be there at all.");
        put(FindingType.CLIENT_NAME, "A client's name", RULE_CONSENT + " Being named needs a consent to be named,"
                + " given in writing.");
        put(FindingType.SOCIAL_HANDLE, "A social-media handle", "Tagging someone tells the world they are your"
                + " client. The practice never makes the first public move.");
        put(FindingType.PHONE_NUMBER, "A phone number", "Contact details identify a person and must never be"
                + " published, except the practice's own.");
        put(FindingType.EMAIL_ADDRESS, "An e-mail address", "Contact details identify a person and must never be"
                + " published, except the practice's own.");
        put(FindingType.POSTAL_ADDRESS, "A home address or postcode", "An address tells where a person lives;"
                + " only the practice's own may appear.");
        put(FindingType.DATE_OF_BIRTH, "A date of birth or birthday", "A birth date identifies a person and is"
                + " personal data.");
        put(FindingType.NATIONAL_ID, "An identity number", "National identity numbers are among the most"
                + " sensitive data a practice holds.");
        put(FindingType.MEDICAL_RECORD_NUMBER, "A patient or record number", "Record numbers come from the"
                + " client's file and identify them.");
        put(FindingType.PAYMENT_CARD, "A payment card number", "Card numbers must never be shared.");
        put(FindingType.HEALTH_INFORMATION, "Health details about a person", "A condition, treatment or result"
                + " tied to a person is confidential. " + RULE_CONSENT);
        put(FindingType.QUASI_IDENTIFIER, "Details that could single someone out", "Age, place, job or a rare"
                + " condition together can identify a person even without a name.");
        put(FindingType.MINOR, "A child or young person", "Children get more protection: nothing about them"
                + " goes out without a parent's or guardian's consent.");
        put(FindingType.MEDICAL_ADVICE, "Medical advice from a personal account", "Staff speak for themselves on"
                + " personal accounts: advice given as if for the practice belongs on the practice's account.");
        put(FindingType.FACE, "A face in a photo", "Every face that is not a consenting subject is a person in the"
                + " background, who may not want to be seen. " + RULE_PHOTO);
        put(FindingType.DOCUMENT_TEXT, "A readable document, screen or label in a photo", "Forms, notes, screens"
                + " and labels with details on show must not be legible. " + RULE_PHOTO);
        put(FindingType.BARCODE, "A barcode or QR code in a photo", "Codes on wristbands, forms and labels can"
                + " lead back to a client's record. " + RULE_PHOTO);
        put(FindingType.IMAGE_METADATA, "Hidden details inside the photo file", "Photo files can carry the place"
                + " they were taken, the phone and its owner; these must be removed.");
        put(FindingType.CONSENT_MISSING, "No consent on record", RULE_CONSENT);
        put(FindingType.CONSENT_REFUSED, "Consent was refused", "A refusal is respected: nothing about this"
                + " person may be published, and they are not asked again for a while.");
        put(FindingType.CONSENT_REVOKED, "Consent was withdrawn", "A withdrawal takes effect at once, for posts"
                + " not yet published and those already out.");
        put(FindingType.CONSENT_EXPIRED, "Consent is not valid on this date", "Consent is given for a period;"
                + " outside it, it does not count.");
        put(FindingType.CONSENT_SCOPE, "Consent does not cover this use", "Consent is specific: to take the"
                + " photo, to publish it, on named sites, for named purposes.");
        put(FindingType.CONSENT_EXHAUSTED, "Consent is used up", "Consent is given for a number of posts; that"
                + " number has been reached.");
        put(FindingType.NAMING_CONSENT_MISSING, "Named without consent to be named", "Being named needs its own"
                + " consent, given in writing or electronically; a verbal yes is not enough.");
        put(FindingType.GUARDIAN_CONSENT_MISSING, "A child's consent without a guardian", "A child's consent"
                + " must come from a parent or guardian.");
        put(FindingType.UNSOLICITED_CONTACT, "Contacting a client in public first", "The practice never makes the"
                + " first public move: reply or tag only after the client has spoken publicly on that site.");
        put(FindingType.AUDIENCE_OUTSIDER, "Someone outside the staff in the group", "Group posts about clients"
                + " reach staff only.");
        put(FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT, "Client content on a personal account", "Staff never post"
                + " client information or photos from their own accounts.");
        put(FindingType.DETECTOR_FAILURE, "A check could not finish", "When a check fails, the post is never"
                + " passed on its silence: a person must look at it.");
        if (ADVICE.size() != FindingType.values().length) {
            throw new IllegalStateException("every finding type needs advice");
        }
    }

    private static final Map<Remediation, String> TODO = new EnumMap<>(Map.of(
            Remediation.REDACT, "Take it out of the post (the corrected post below already has).",
            Remediation.BLUR, "Blur it or crop it out (the corrected photo below is blurred).",
            Remediation.STRIP_METADATA, "Remove the photo's hidden details (the corrected photo has none).",
            Remediation.OBTAIN_CONSENT, "Get the person's written consent for this use before publishing.",
            Remediation.REMOVE_MENTION, "Remove the mention, or wait until the person has spoken publicly first.",
            Remediation.RESTRICT_AUDIENCE, "Send it to staff only.",
            Remediation.ADD_DISCLAIMER, "Post it from the practice's account, or add that it is general advice.",
            Remediation.REMOVE_IMAGE, "Leave this photo out.",
            Remediation.REVIEW, "Have someone read the post before it goes out."));

    private FindingAdvice() {
    }

    private static void put(FindingType type, String title, String why) {
        ADVICE.put(type, new Advice(title, why));
    }

    public static Advice of(FindingType type) {
        return ADVICE.get(type);
    }

    public static String todo(Remediation r) {
        return TODO.get(r);
    }

    /** How a severity reads to the person deciding. */
    public static String severity(Severity s) {
        return switch (s) {
            case HIGH -> "Must fix";
            case MEDIUM -> "Check";
            case LOW, OFF -> "For information";
        };
    }

    /** The verdict in a few plain words. */
    public static String verdictTitle(Verdict v) {
        return switch (v) {
            case ALLOW -> "Fine to publish";
            case REVIEW -> "Check before publishing";
            case BLOCK -> "Do not publish as it is";
        };
    }

    /** The verdict explained in a sentence. */
    public static String verdictText(Verdict v) {
        return switch (v) {
            case ALLOW -> "Nothing in this post identifies a client without their consent.";
            case REVIEW -> "Something in this post needs a person's judgement: read the points marked Check.";
            case BLOCK -> "This post would breach someone's confidentiality: fix the points marked Must fix, or"
                    + " use the corrected post.";
        };
    }

    /** What a covered finding says instead of a remediation. */
    public static final String COVERED = "Nothing to do: the consent or context on record covers it.";

    /** All of it as JSON, for the review page. */
    public static ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        ObjectNode types = o.putObject("types");
        ADVICE.forEach((t, a) -> types.putObject(t.name()).put("title", a.title()).put("why", a.why()));
        ObjectNode todo = o.putObject("remediations");
        TODO.forEach((r, s) -> todo.put(r.name(), s));
        ObjectNode sev = o.putObject("severities");
        for (Severity s : Severity.values()) {
            sev.put(s.name(), severity(s));
        }
        ObjectNode verdicts = o.putObject("verdicts");
        for (Verdict v : Verdict.values()) {
            verdicts.putObject(v.name()).put("title", verdictTitle(v)).put("text", verdictText(v));
        }
        o.put("covered", COVERED);
        return o;
    }
}
