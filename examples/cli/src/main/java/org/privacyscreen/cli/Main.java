package org.privacyscreen.cli;

import org.privacyscreen.json.ContextJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.privacyscreen.PluginProblem;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Screener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code privacy-screen} command. Exit codes are CONTRACT.md's; see {@link Exit}. */
@Command(name = "privacy-screen", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Screens social-media posts for breaches of client confidentiality before they are published.",
        subcommands = {ScreenCommand.class, BatchCommand.class, SweepCommand.class, DemoCommand.class,
                PluginsCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ALLOW (or success)", "1:REVIEW", "2:BLOCK", "64:usage error", "65:bad input",
                "70:internal error"},
        footer = {"", "Set PRIVACY_SCREEN_DEBUG=1 to see the stack trace of an internal error."})
public final class Main implements Callable<Integer> {
    /** Environment variable that shows stack traces of internal errors. */
    static final String DEBUG = "PRIVACY_SCREEN_DEBUG";

    @Spec
    CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Adds every jar in DIR to the class path; their detectors are discovered with the rest.")
    Path plugins;

    private final Consumer<Screener.Builder> setup;
    private final InputStream stdin;
    private PluginJars.Loaded pluginJars;

    /** The command as shipped: detectors found with ServiceLoader. */
    public Main() {
        this(b -> { }, System.in);
    }

    /** For tests: {@code setup} adjusts every screener builder (explicit detectors, discovery off); no input. */
    Main(Consumer<Screener.Builder> setup) {
        this(setup, InputStream.nullInputStream());
    }

    /**
     * For tests: {@code setup} adjusts every screener builder (explicit detectors, discovery off); {@code stdin} is
     * what {@code --post -} reads.
     */
    Main(Consumer<Screener.Builder> setup, InputStream stdin) {
        this.setup = setup;
        this.stdin = stdin;
    }

    /** Standard input as UTF-8 text, for {@code --post -}. */
    String readStandardInput() {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("standard input: cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging, which would otherwise print INFO lines via JUL
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        int code;
        try {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            code = commandLine(new Main(), out, err).execute(args);
        } catch (Throwable t) { // an Error (out of memory) escapes picocli's handler: still one line, still 70
            System.err.println("privacy-screen: internal error: " + Errors.describe(t));
            if (Errors.debug()) {
                t.printStackTrace();
            }
            code = Exit.INTERNAL;
        }
        System.exit(code);
    }

    /** The command line for {@code main}, writing to {@code out} and {@code err}, with CONTRACT.md's exit codes. */
    static CommandLine commandLine(Main main, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(false);
        // "--plugins plugins": a folder may be named like a command
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setParameterExceptionHandler(Errors::usage);
        cl.setExecutionExceptionHandler(Errors::execution);
        return cl;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("privacy-screen: a command is required (screen, batch, sweep, demo, plugins, serve)");
        spec.commandLine().usage(err);
        return Exit.USAGE;
    }

    /** The class loader to discover detectors in: the plugin folder's jars above the command's own. */
    ClassLoader classLoader() {
        ClassLoader own = Main.class.getClassLoader();
        if (plugins == null) {
            return own;
        }
        if (pluginJars == null) {
            pluginJars = PluginJars.open(plugins, own);
        }
        return pluginJars.loader();
    }

    /**
     * A screener over {@code practice} and {@code policy}; plugin problems are reported on {@code err} as warnings.
     */
    Screener screener(ContextJson.Practice practice, ScreeningPolicy policy, PrintWriter err) {
        return screener(stores(practice), policy, err);
    }

    /** A screener over the stores {@code stores} sets on the builder (the service's consent database). */
    Screener screener(Consumer<Screener.Builder> stores, ScreeningPolicy policy, PrintWriter err) {
        Screener screener = build(stores, policy);
        for (PluginProblem p : problems(screener)) {
            err.println("privacy-screen: warning: skipped plugin " + p.provider() + " from " + p.source() + ": "
                    + p.reason());
        }
        err.flush();
        if (screener.detectors().isEmpty()) {
            // fail closed: with nothing to run every post would pass unchecked
            throw new PrivacyScreenException(org.privacyscreen.ErrorCode.CONFIGURATION,
                    "no detectors or rules are installed, so nothing would be checked (see 'privacy-screen plugins')");
        }
        return screener;
    }

    Screener build(ContextJson.Practice practice, ScreeningPolicy policy) {
        return build(stores(practice), policy);
    }

    static Consumer<Screener.Builder> stores(ContextJson.Practice practice) {
        return b -> b.clientDirectory(practice.directory()).consents(practice.consents())
                .engagements(practice.engagements());
    }

    private Screener build(Consumer<Screener.Builder> stores, ScreeningPolicy policy) {
        ClassLoader loader = classLoader();
        Screener.Builder b = Screener.builder().policy(policy).classLoader(loader);
        stores.accept(b);
        setup.accept(b);
        try {
            return b.build();
        } catch (PrivacyScreenException e) {
            if (plugins != null && e.code() == org.privacyscreen.ErrorCode.CONFIGURATION) {
                throw new BadInputException("--plugins " + plugins + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** The bad jars of the plugin folder, then the providers the screener skipped. */
    List<PluginProblem> problems(Screener screener) {
        List<PluginProblem> all = new ArrayList<>();
        if (pluginJars != null) {
            all.addAll(pluginJars.problems());
        }
        all.addAll(screener.problems());
        return all;
    }

    List<Path> pluginJarPaths() {
        return pluginJars == null ? List.of() : pluginJars.jars();
    }

    /** The version, from the filtered version.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"privacy-screen " + version(), "Java " + System.getProperty("java.version")};
        }

        static String version() {
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    return "unknown";
                }
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
