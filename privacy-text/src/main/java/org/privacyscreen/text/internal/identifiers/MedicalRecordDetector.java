package org.privacyscreen.text.internal.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.NumberGroups;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/** Medical record, patient, hospital and case numbers, recognised by the words before them. */
public final class MedicalRecordDetector extends TextDetectorBase {
    private static final Pattern MRN = Pattern.compile("(?i)\\b(?:mrn|m\\.r\\.n\\.?|medical record(?:s)?(?: number| no\\.?| #)?"
            + "|(?:patient|hospital|record|case|chart|client|file|referral)\\s*(?:number|no\\.?|num\\.?|#|id|ref\\.?|reference)"
            + "|case|patient)\\s*(?:is|was|:|#|=|-)?\\s*"
            + "([A-Z]{0,4}[-/ ]?\\d(?:[\\d/-]|\\s(?=\\d)){3,15}[A-Z]?)(?![\\p{L}\\d])");

    private static final String[] CUES = {"mrn", "m.r.n", "medical record", "patient", "hospital", "record",
        "case", "chart", "client", "file", "referral"};

    public MedicalRecordDetector() {
        super("medical-record-numbers");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        NumberGroups groups = NumberGroups.of(context);
        if (groups.isEmpty()) {
            return List.of();
        }
        TextView view = NormalisedText.of(context).digits();
        List<Finding> out = new ArrayList<>();
        // the pattern starts with its cue word: look only where one stands (digit-dense posts have few of them)
        String lower = NormalisedText.of(context).plainLower(); // the digits view's offsets
        Windows.aroundWords(lower, CUES, 0, 64).forEachMatch(MRN, view.text(), m -> {
            if (IdentifierChecksums.digits(m.group(1)).length() >= 4) {
                int[] span = view.toOriginal(m.start(1), m.end(1));
                out.add(finding(context, FindingType.MEDICAL_RECORD_NUMBER, span[0], span[1]).confidence(0.9)
                        .message("A medical record, patient or case number.").build());
            }
        });
        return out;
    }
}
