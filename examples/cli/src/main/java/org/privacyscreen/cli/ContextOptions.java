package org.privacyscreen.cli;

import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.PolicyJson;
import org.privacyscreen.json.internal.JsonText;
import java.nio.file.Path;
import org.privacyscreen.ScreeningPolicy;
import picocli.CommandLine.Option;

/** {@code --context} and {@code --policy}, shared by the commands that screen. */
final class ContextOptions {
    @Option(names = "--context", paramLabel = "FILE",
            description = "Context JSON: the practice, its clients and staff, consents, uses and engagements.")
    Path context;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy JSON: severities, disabled detectors, thresholds and limits.")
    Path policy;

    ContextJson.Practice practice() {
        return context == null ? ContextJson.Practice.empty()
                : ContextJson.read(JsonText.readFile(context, context.toString()), context.toString());
    }

    ScreeningPolicy policy() {
        return policy == null ? ScreeningPolicy.defaults()
                : PolicyJson.read(JsonText.readFile(policy, policy.toString()), policy.toString());
    }
}
