package org.privacyscreen.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;

/** Names and aliases of the practice's clients: full names, "Mrs Surname", first names where a person is meant. */
final class ClientNameDetector extends Base {
    ClientNameDetector() {
        super("client-directory");
    }

    @Override
    List<Finding> find(ScreeningContext context) {
        List<Finding> out = new ArrayList<>();
        for (Mentions.Mention m : Mentions.of(context).of(Mentions.Who.CLIENT)) {
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
