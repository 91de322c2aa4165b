package org.privacyscreen.cli;

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

    ContextReader.Practice practice() {
        return context == null ? ContextReader.Practice.empty()
                : ContextReader.read(Json.readFile(context, context.toString()), context.toString());
    }

    ScreeningPolicy policy() {
        return policy == null ? ScreeningPolicy.defaults()
                : PolicyReader.read(Json.readFile(policy, policy.toString()), policy.toString());
    }
}
