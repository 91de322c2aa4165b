package org.privacyscreen.examples.crm;

import org.privacyscreen.consent.jdbc.Jdbc;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;

/**
 * Creates the CRM's tables with sample rows in an H2 file, builds a {@link Screener} over them and screens a few
 * posts, printing each verdict and finding.
 *
 * <pre>
 * java -cp ... org.privacyscreen.examples.crm.CrmDemo [H2 file, default ./target/crm-demo]
 * </pre>
 */
public final class CrmDemo {
    private CrmDemo() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/crm-demo").toAbsolutePath();
        run(h2(file), System.out);
    }

    /** An H2 database in {@code file}, emptied. */
    static DataSource h2(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        Jdbc.tx(ds, "emptying the demo database", c -> {
            c.createStatement().execute("DROP ALL OBJECTS");
            return null;
        });
        return ds;
    }

    /** Loads the sample CRM into {@code ds}, screens the demo posts, prints, and returns the reports. */
    static List<ScreeningReport> run(DataSource ds, PrintStream out) {
        Sql.script(ds, "crm-schema.sql");
        Sql.script(ds, "crm-sample.sql");
        Screener screener = Screener.builder()
                .clientDirectory(new CrmDirectory(ds))
                .consents(new CrmConsentStore(ds))
                .engagements(new CrmEngagementLog(ds))
                .build();
        Instant at = Instant.parse("2026-11-21T10:00:00Z");
        List<Post> posts = List.of(
                Post.builder().id("consented").text("Maren hit a new personal best today!").channel("instagram")
                        .subject("P-1001").createdAt(at).build(),
                Post.builder().id("wrong-platform").text("A new personal best today!").channel("tiktok")
                        .subject("P-1001").createdAt(at).build(),
                Post.builder().id("phone-consent-named").text("Tomas is back on the bike!").channel("facebook")
                        .subject("P-1002").createdAt(at).build(),
                Post.builder().id("declined").text("Great progress this month!").channel("facebook")
                        .subject("P-1004").createdAt(at).build(),
                Post.builder().id("reply").text("Thank you for the kind words!").channel("facebook")
                        .purpose(Purpose.REPLY).inReplyTo("P-1004").createdAt(at).build());
        List<ScreeningReport> reports = posts.stream().map(screener::screen).toList();
        for (ScreeningReport r : reports) {
            out.println(r.postId() + ": " + r.verdict());
            for (Finding f : r.findings()) {
                out.println("  " + f.severity() + " " + f.type() + " - " + f.message());
            }
        }
        return reports;
    }
}
