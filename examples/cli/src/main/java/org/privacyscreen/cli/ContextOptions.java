package org.privacyscreen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Screener;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.PolicyJson;
import org.privacyscreen.json.internal.JsonText;
import picocli.CommandLine.Option;

/** {@code --context} and {@code --policy}, shared by the commands that screen. */
final class ContextOptions {
    @Option(names = "--context", paramLabel = "FILE",
            description = "Context JSON (docs/formats.md): the practice, its clients and staff, consents, uses and "
                    + "engagements.")
    Path context;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy JSON (docs/formats.md): severities, disabledDetectors, minConfidence, "
                    + "coolingOffDays, detectorTimeoutMillis and limits.")
    Path policy;

    ContextJson.Practice practice() {
        return context == null ? ContextJson.Practice.empty()
                : ContextJson.read(JsonText.readFile(context, context.toString()), context.toString());
    }

    ScreeningPolicy policy() {
        return policy == null ? ScreeningPolicy.defaults()
                : PolicyJson.read(JsonText.readFile(policy, policy.toString()), policy.toString());
    }

    /**
     * The screener over {@code practice} and the policy; a policy that names a detector this screener does not have
     * is bad input, since the detector a practice meant to turn off would keep running.
     */
    Screener screener(Main main, ContextJson.Practice practice, PrintWriter err) {
        return screener(main, practice, err, b -> { });
    }

    /** As {@link #screener(Main, ContextJson.Practice, PrintWriter)}, with {@code tuning} applied to the builder. */
    Screener screener(Main main, ContextJson.Practice practice, PrintWriter err, Consumer<Screener.Builder> tuning) {
        Screener screener = main.screener(Main.stores(practice).andThen(tuning), policy(), err);
        if (policy != null) {
            PolicyJson.checkDetectors(screener.policy(), screener.detectors(), policy.toString());
        }
        return screener;
    }
}
