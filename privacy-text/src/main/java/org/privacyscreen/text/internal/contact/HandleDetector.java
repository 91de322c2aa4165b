package org.privacyscreen.text.internal.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.HandleForms;
import org.privacyscreen.text.internal.analysis.OrganisationDetails;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.internal.names.DirectoryIndex;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Social-media handles: a known client's with the client as subject (HIGH), anyone else's MEDIUM; the
 * organisation's own and staff handles are no finding. Zero-width and confusable characters are folded first.
 */
public final class HandleDetector extends TextDetectorBase {
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[@＠]([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]{0,48}[\\p{L}\\p{N}_])?)");

    private static final String[] AT_SIGNS = {"@", "\uFF20"};

    public HandleDetector() {
        super("social-handles");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        Windows windows = Windows.aroundWords(text, AT_SIGNS, 1, 52);
        if (windows.isEmpty()) {
            return List.of();
        }
        DirectoryIndex index = DirectoryIndex.of(context.directory());
        OrganisationDetails org = OrganisationDetails.of(context.organisation());
        List<Finding> out = new ArrayList<>();
        windows.forEachMatch(HANDLE, text, m -> {
            String raw = m.group(1).toLowerCase(Locale.ROOT);
            String folded = HandleForms.fold(m.group(1));
            if (org.ownHandle(raw) || org.ownHandle(folded)) {
                return;
            }
            Person p = index.handles.get(raw);
            if (p == null) {
                p = index.handles.get(folded);
            }
            if (p != null && p.isStaff()) {
                return;
            }
            int[] span = plain.toOriginal(m.start(), m.end());
            Finding.Builder b = finding(context, FindingType.SOCIAL_HANDLE, span[0], span[1]);
            if (p != null) {
                b.subject(p.id()).severity(Severity.HIGH).confidence(0.98)
                        .message("Tags the social-media handle of a client of the practice.");
            } else {
                b.confidence(0.8).message("Tags a social-media handle that is not the practice's own.");
            }
            out.add(b.build());
        });
        return out;
    }
}
