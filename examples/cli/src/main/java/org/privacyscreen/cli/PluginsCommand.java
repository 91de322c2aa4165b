package org.privacyscreen.cli;

import org.privacyscreen.json.ContextJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.privacyscreen.DetectorInfo;
import org.privacyscreen.PluginProblem;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code plugins}: every detector and rule found, where it came from, and every provider that failed to load. */
@Command(name = "plugins", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Lists every detector and rule (id, kind, priority, source jar) and every plugin problem.")
final class PluginsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Screener screener = main.build(ContextJson.Practice.empty(), ScreeningPolicy.defaults());
        List<DetectorInfo> detectors = screener.detectors();
        if (main.plugins != null) {
            out.println("Plugin folder " + main.plugins + ": " + main.pluginJarPaths().size() + " jar(s) loaded");
            main.pluginJarPaths().forEach(j -> out.println("  " + j.getFileName()));
        }
        out.println(detectors.size() + " detector(s) and rule(s), in run order:");
        int idWidth = Math.max(2, detectors.stream().mapToInt(d -> d.id().length()).max().orElse(2));
        out.printf("  %-" + idWidth + "s  %-5s  %8s  %s%n", "id", "kind", "priority", "source");
        for (DetectorInfo d : detectors) {
            out.printf("  %-" + idWidth + "s  %-5s  %8d  %s%n", d.id(), d.kind(), d.priority(), source(d.source()));
        }
        List<PluginProblem> problems = main.problems(screener);
        out.println(problems.size() + " problem(s)" + (problems.isEmpty() ? "." : ":"));
        for (PluginProblem p : problems) {
            out.println("  " + p.provider() + " from " + source(p.source()) + ": " + p.reason());
        }
        out.flush();
        return 0;
    }

    /** A jar's path rather than its URL. */
    private static String source(String s) {
        return s.startsWith("file:") ? s.substring("file:".length()) : s;
    }
}
