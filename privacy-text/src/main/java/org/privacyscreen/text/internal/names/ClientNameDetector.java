package org.privacyscreen.text.internal.names;

import java.util.ArrayList;
import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;

/** Names and aliases of the practice's clients: full names, "Mrs Surname", first names where a person is meant. */
public final class ClientNameDetector extends TextDetectorBase {
    public ClientNameDetector() {
        super("client-directory");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        List<Finding> out = new ArrayList<>();
        for (NameMentions.Mention m : NameMentions.of(context).of(NameMentions.Who.CLIENT)) {
            Finding.Builder b = finding(context, FindingType.CLIENT_NAME, m.start(), m.end())
                    .confidence(m.confidence())
                    .message(m.full() ? "Names a client of the practice (full name or title and surname)."
                            : "Names a client of the practice by first name or alias.");
            m.person().ifPresent(p -> b.subject(p.id()));
            out.add(b.build());
        }
        return out;
    }
}
