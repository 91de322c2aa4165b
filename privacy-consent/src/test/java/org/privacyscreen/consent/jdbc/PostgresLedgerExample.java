package org.privacyscreen.consent.jdbc;

import java.time.ZoneId;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.privacyscreen.Consent;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.consent.ConsentLedger;

/** The snippet of {@code docs/postgresql.md}, run by {@link PostgresLedgerExampleTest}; the two are kept equal. */
final class PostgresLedgerExample {
    private PostgresLedgerExample() {
    }

    /** Records {@code consent}, screens {@code post} and publishes it when the ledger counts it; whether it did. */
    static boolean run(DataSource db, Screener.Builder screening, ZoneId practiceZone, Consent consent, Post post,
                       Consumer<Post> publish) {
        // snippet-start
        JdbcConsentStore consents = new JdbcConsentStore(db);   // brings the schema up to date first
        JdbcAuditSink audit = new JdbcAuditSink(db);             // the same DataSource: one transaction with the store
        Screener screener = screening.consents(consents).engagements(new JdbcEngagementLog(db)).audit(audit)
                .build();
        ConsentLedger ledger = ConsentLedger.builder(consents, audit).policy(screener.policy())
                .timeZone(practiceZone).build();

        ledger.record(consent);                                  // INVALID_RECORD or COOLING_OFF: nothing stored

        ScreeningReport report = screener.screen(post);
        if (ledger.recordPublication(post, report)) {            // ALLOW, and each consent it relies on counted it
            publish.accept(post);
            return true;
        }
        return false;
        // snippet-end
    }
}
