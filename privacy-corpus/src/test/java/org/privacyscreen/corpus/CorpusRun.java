package org.privacyscreen.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.Severity;
import org.privacyscreen.json.ContextJson;

/**
 * Screens every post of the corpus with the detectors and rules found on the class path (privacy-text and
 * privacy-consent), one screener per practice built once over that practice's context.
 *
 * @param outcomes      one per post, in corpus order
 * @param screenNanos   wall time spent in {@code screen} (information only; speed is JMH's business)
 */
record CorpusRun(List<Outcome> outcomes, long screenNanos) {

    static CorpusRun of(Corpus corpus) {
        Map<String, Screener> screeners = new HashMap<>();
        corpus.practices().forEach((name, ctx) -> screeners.put(name, screener(name, ctx)));
        List<Outcome> outcomes = new ArrayList<>(corpus.posts().size());
        long start = System.nanoTime();
        for (LabelledPost p : corpus.posts()) {
            ScreeningReport report = screeners.get(p.practice()).screen(p.post());
            outcomes.add(new Outcome(p, report.verdict(), reported(report)));
        }
        return new CorpusRun(List.copyOf(outcomes), System.nanoTime() - start);
    }

    private static Screener screener(String name, ContextJson.Practice ctx) {
        Screener s = Screener.builder().clientDirectory(ctx.directory()).consents(ctx.consents())
                .engagements(ctx.engagements()).build();
        if (!s.problems().isEmpty()) {
            throw new IllegalStateException(name + ": providers failed to load: " + s.problems());
        }
        return s;
    }

    private static Set<FindingType> reported(ScreeningReport report) {
        Set<FindingType> out = EnumSet.noneOf(FindingType.class);
        for (Finding f : report.findings()) {
            if (f.severity().atLeast(Severity.MEDIUM)) {
                out.add(f.type());
            }
        }
        return out;
    }
}
