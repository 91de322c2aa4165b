package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Token;
import org.privacyscreen.text.internal.health.HealthTerms;

/**
 * Instructions about treatment, medication or dosage posted from a staff member's personal account, where they
 * read as the practice's advice.
 */
public final class MedicalAdviceDetector extends TextDetectorBase {
    // a number starts at the first digit of its run and is never given back: a run of n digits costs n, not n^2
    static final Pattern DOSAGE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?<!\\d)\\d++(?:\\.\\d++)?\\s?(?:mg|mcg|µg|ml|g|iu|units?|tablets?|pills?|capsules?|drops?)"
            + "|(?:once|twice|three times|(?<!\\d)\\d++ times) (?:a|per) (?:day|week)|every \\d+ (?:hours|hrs?|h)|daily dose"
            // changing a dose: "double your sertraline dose", "halve the tablets", "skip your meds"
            + "|(?:double|halve|increase|decrease|reduce|up|lower|skip|stop) (?:the|your) (?:[\\p{L}-]+ ){0,2}"
            + "(?:dose|doses|dosage|medication|meds|tablets|pills|inhaler|injections?))(?![\\p{L}])");
    /**
     * Changing a dose without a number: "take half a tablet", "every second day", "two of your partner's ...",
     * "skipping it on weekends", "cut your afternoon dose in half". Advice only with an instruction or a health word.
     */
    static final Pattern DOSE_CHANGE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:half|quarter|double) (?:a |the |your )?(?:dose|tablet|pill|capsule)s?"
            + "|every (?:other|second|third) (?:day|night|week)"
            + "|take (?:one|two|three|\\d+) of (?:your|my|his|her|their|the)"
            + "|skip(?:ping)? (?:it|them|a dose|doses|a day)"
            + "|cut (?:your|the) (?:[\\p{L}-]+ ){0,2}dose)(?![\\p{L}])");
    static final Pattern INSTRUCTION = Pattern.compile("(?i)(?:^|[.!?]\\s+|\\b)(?:you should|you must|you need to|i'd recommend"
            + "|i would recommend|i recommend|i'd suggest|i suggest|my advice|make sure you|don't forget to|try taking"
            + "|(?<![\\p{L}])(?:take|try|use|apply|stop taking|avoid|ice|rest|stretch|increase|reduce|start taking|switch to"
            + "|ask for|get|double|halve|skip|come off)\\b)");

    public MedicalAdviceDetector() {
        super("medical-advice");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        if (context.post().author().account() != AccountKind.PERSONAL) {
            return List.of();
        }
        TextAnalysis a = TextAnalysis.of(context);
        HealthTerms terms = HealthTerms.of(context);
        List<Finding> out = new ArrayList<>();
        for (int s = 0; s < a.sentences(); s++) {
            int first = a.sentenceFirst(s);
            int end = a.sentenceEnd(s);
            if (first >= end) {
                continue;
            }
            Token from = a.token(first);
            Token to = a.token(end - 1);
            int[] span = a.original(from, to);
            String sentence = context.post().text().substring(span[0], span[1]);
            // each test scans the whole sentence: stop at the first that decides
            boolean pattern = DOSAGE.matcher(sentence).find() || DOSE_CHANGE.matcher(sentence).find()
                    && (terms.inSentence(s) || INSTRUCTION.matcher(sentence).find());
            if (pattern || AdviceGrammar.advises(a, terms, s)) {
                out.add(finding(context, FindingType.MEDICAL_ADVICE, span[0], span[1])
                        .confidence(pattern ? 0.8 : 0.65)
                        .message("Treatment or medication advice posted from a staff member's personal account.")
                        .build());
            }
        }
        return out;
    }
}
