package org.privacyscreen.text.internal.names;

import java.util.ArrayList;
import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;

/**
 * Names of people the directory does not know: OpenNLP part-of-speech tags, datafaker's name lists and context
 * (honorifics, "thank", "congratulations to", "our patient"). Staff, the organisation and quoted public figures are
 * left alone.
 */
public final class PersonNameDetector extends TextDetectorBase {
    public PersonNameDetector() {
        super("person-names");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        List<Finding> out = new ArrayList<>();
        for (NameMentions.Mention m : NameMentions.of(context).of(NameMentions.Who.UNKNOWN)) {
            out.add(finding(context, FindingType.PERSON_NAME, m.start(), m.end())
                    .confidence(m.confidence())
                    .message("Names a person who is neither a known client nor staff; check they agreed to be named.")
                    .build());
        }
        return out;
    }
}
