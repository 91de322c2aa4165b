package org.privacyscreen.text.internal;

import java.util.ArrayList;
import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Names of people the directory does not know: OpenNLP part-of-speech tags, datafaker's name lists and context
 * (honorifics, "thank", "congratulations to", "our patient"). Staff, the organisation and quoted public figures are
 * left alone.
 */
final class PersonNameDetector extends Base {
    PersonNameDetector() {
        super("person-names");
    }

    @Override
    List<Finding> find(ScreeningContext context) {
        List<Finding> out = new ArrayList<>();
        for (Mentions.Mention m : Mentions.of(context).of(Mentions.Who.UNKNOWN)) {
            out.add(finding(context, FindingType.PERSON_NAME, m.start(), m.end())
                    .confidence(m.confidence())
                    .message("Names a person who is neither a known client nor staff; check they agreed to be named.")
                    .build());
        }
        return out;
    }
}
