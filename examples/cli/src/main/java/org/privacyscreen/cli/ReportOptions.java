package org.privacyscreen.cli;

import org.privacyscreen.spi.ClientDirectory;
import picocli.CommandLine.Option;

/** {@code --names} and {@code --verbose}: how much the readable report shows. */
final class ReportOptions {
    @Option(names = "--names",
            description = "Shows who a finding is about by their name in the context file (masked otherwise).")
    boolean names;

    @Option(names = "--verbose",
            description = "Adds each finding's technical detail: type, severity, detector, confidence, offsets, ids.")
    boolean verbose;

    TextReport textReport(ClientDirectory directory) {
        return new TextReport(TextReport.colourWanted(), verbose, names, directory);
    }
}
