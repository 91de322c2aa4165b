package org.privacyscreen.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Screener;
import org.privacyscreen.consent.ConsentSweep;
import org.privacyscreen.consent.Takedown;
import org.privacyscreen.consent.jdbc.JdbcConsentStore;
import org.privacyscreen.consent.jdbc.JdbcEngagementLog;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.TakedownJson;
import org.privacyscreen.json.internal.JsonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sweep}: published posts against the consents as they stand at {@code --at}; one line per post that now
 * breaches. Every line is read and checked before anything is written, and the output is moved into place at the
 * end: a bad line (65) leaves no takedown list at all rather than a partial one.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Finds the published posts of POSTS.jsonl that breach consent at --at (default now) and writes "
                + "one line per post to take down. Exits 0 when nothing breaches, 2 when something does, 65 on bad "
                + "input.")
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--published", paramLabel = "POSTS.jsonl", required = true,
            description = "The published posts, one Post JSON a line (as batch reads them).")
    Path published;

    @Option(names = "--out", paramLabel = "TAKEDOWN.jsonl", required = true,
            description = "One line per post that now breaches: postId, verdict, reasons, subjects.")
    Path out;

    @Option(names = "--at", paramLabel = "TIME",
            description = "The moment to judge consent at, such as 2026-12-01T09:00:00Z; default now.")
    String at;

    @Mixin
    PracticeSource source;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Instant when = at == null ? Instant.now() : instant(at);
        AtomicOutput.requireFile(published, "--published");
        ConsentSweep sweep = sweep();
        Path base = published.toAbsolutePath().getParent();
        String label = published.getFileName().toString();
        int posts = 0;
        int breaches = 0;
        try (AtomicOutput output = AtomicOutput.open(out, "--out");
             BufferedReader reader = Files.newBufferedReader(published, StandardCharsets.UTF_8)) {
            BufferedWriter writer = output.writer();
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = label + " line " + n;
                Post post = PostJson.read(JsonText.parse(line, where), base, where);
                posts++;
                Optional<Takedown> t = sweep.check(post, when);
                if (t.isPresent()) {
                    writer.write(TakedownJson.line(t.get()));
                    writer.newLine();
                    breaches++;
                }
            }
            output.commit();
        }
        stdout.printf(java.util.Locale.ROOT, "sweep: %d posts checked at %s: %d to take down; list in %s%n", posts,
                when, breaches, out);
        stdout.flush();
        return breaches > 0 ? Exit.BLOCK : Exit.ALLOW;
    }

    /** Over the context file, or over the consent database and the people of {@code --directory}. */
    private ConsentSweep sweep() {
        PrintWriter err = spec.commandLine().getErr();
        ScreeningPolicy policy = ScreeningPolicy.defaults();
        Optional<ContextJson.Practice> file = source.contextFile();
        if (file.isPresent()) {
            ContextJson.Practice p = file.get();
            return ConsentSweep.of(main.screener(p, policy, err), p.consents(), p.directory());
        }
        ClientDirectory people = source.people();
        DataSource db = source.database();
        JdbcConsentStore consents = new JdbcConsentStore(db);
        JdbcEngagementLog engagements = new JdbcEngagementLog(db);
        Screener screener = main.screener(b -> b.clientDirectory(people).consents(consents).engagements(engagements),
                policy, err);
        return ConsentSweep.of(screener, consents, people);
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadInputException("--at: not a time such as 2026-12-01T09:00:00Z");
            }
        }
    }
}
