package org.privacyscreen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Screener;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.consent.jdbc.JdbcAuditSink;
import org.privacyscreen.consent.jdbc.JdbcConsentStore;
import org.privacyscreen.consent.jdbc.JdbcEngagementLog;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.PolicyJson;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.server.ApiKeys;
import org.privacyscreen.server.PrivacyScreenServer;
import org.privacyscreen.server.ServerSettings;
import org.privacyscreen.spi.ClientDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the screener over HTTP/JSON and the review page (CONTRACT.md's service table), until the process
 * is stopped; SIGTERM or Ctrl-C finishes the posts in flight first.
 *
 * <p>Where consents live: the embedded H2 ledger in {@code ~/.privacy-screen/} by default, or the database given
 * with {@code --database} (H2 or PostgreSQL); publications are counted there. With {@code --context} everything comes
 * from a read-only file and {@code POST /v1/publications} answers 409 {@code READ_ONLY}: a use counted only in
 * memory would be lost at the next start and {@code maxUses} would not hold.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Serves the screener over HTTP/JSON, with the review page at /, until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default 8080; 0: any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1: this machine only).")
    String bind;

    @Mixin
    PracticeSource source;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy JSON.")
    Path policy;

    @Option(names = "--api-keys", paramLabel = "FILE",
            description = "API keys, one 'NAME sha256:HEX' a line (HEX: printf %%s KEY | sha256sum); /v1 then needs"
                    + " Authorization: Bearer KEY.")
    Path apiKeys;

    @Option(names = "--workers", paramLabel = "N", description = "Posts screened at once (default: one a core).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N",
            description = "Posts waiting for a worker before the service answers 503 (default: four a core).")
    Integer queue;

    @Option(names = "--max-request-mb", paramLabel = "MB", description = "Largest request body (default 80).")
    Integer maxRequestMb;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Requests a minute per key or address (default 600).")
    Integer rateLimit;

    /** Released when the process is told to stop; tests interrupt the thread instead. */
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ScreeningPolicy screeningPolicy = policy == null ? ScreeningPolicy.defaults()
                : PolicyJson.read(JsonText.readFile(policy, policy.toString()), policy.toString());
        ServerSettings settings = settings();
        PrivacyScreenServer.Builder b = PrivacyScreenServer.builder().settings(settings)
                .apiKeys(apiKeys == null ? ApiKeys.none() : ApiKeys.load(apiKeys));
        String where;
        Optional<ContextJson.Practice> file = source.contextFile();
        if (file.isPresent()) {
            ContextJson.Practice practice = file.get();
            b.directory(practice.directory()).screener(() -> checked(main.screener(practice, screeningPolicy, err),
                    err));
            where = source.describe() + " (read-only: publications are refused)";
        } else {
            ClientDirectory people = source.people();
            DataSource db = source.database();
            JdbcConsentStore consents = new JdbcConsentStore(db); // migrates the schema before the port opens
            JdbcAuditSink audit = new JdbcAuditSink(db);
            JdbcEngagementLog engagements = new JdbcEngagementLog(db);
            ConsentLedger ledger = ConsentLedger.builder(consents, audit).policy(screeningPolicy)
                    .timeZone(people.organisation().timeZone()).build();
            b.directory(people).ledger(ledger, consents)
                    .screener(() -> checked(main.screener(s -> s.clientDirectory(people).consents(consents)
                            .engagements(engagements).audit(audit), screeningPolicy, err), err));
            where = source.describe();
        }
        PrivacyScreenServer server = b.build();
        Thread hook = new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "privacy-screen-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            server.start();
            err.println("privacy-screen: serving on http://" + settings.bind() + ":" + server.port() + "/ with "
                    + where + "; ready once the models are loaded (GET /readyz)");
            err.flush();
            stopped.await();
            return 0;
        } finally {
            server.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private ServerSettings settings() {
        ServerSettings.Builder s = ServerSettings.builder().bind(bind).port(port);
        if (workers != null) {
            s.workers(positive(workers, "--workers"));
        }
        if (queue != null) {
            s.queue(Math.max(0, queue));
        }
        if (maxRequestMb != null) {
            s.maxRequestBytes((long) positive(maxRequestMb, "--max-request-mb") << 20);
        }
        if (rateLimit != null) {
            s.requestsPerMinute(positive(rateLimit, "--rate-limit"));
        }
        try {
            return s.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("serve: " + e.getMessage());
        }
    }

    private static int positive(int v, String flag) {
        if (v < 1) {
            throw new BadInputException(flag + ": must be at least 1");
        }
        return v;
    }

    /**
     * The screener, once the policy is checked against it: a policy that turns off a detector this screener does not
     * have is refused (the detector a practice meant to turn off would keep running), and the service never becomes
     * ready; the reason is told on standard error.
     */
    private Screener checked(Screener screener, PrintWriter err) {
        if (policy != null) {
            try {
                PolicyJson.checkDetectors(screener.policy(), screener.detectors(), policy.toString());
            } catch (RuntimeException e) {
                err.println("privacy-screen: " + e.getMessage());
                err.flush();
                screener.close();
                throw e;
            }
        }
        return screener;
    }
}
