package org.privacyscreen.consent.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.spi.AuditSink;

/**
 * An append-only audit trail in table {@code ps_audit}: rows are inserted, never updated. A write that fails throws
 * a {@link org.privacyscreen.PrivacyScreenException} ({@code STORE_FAILURE}): the operation that needed the record
 * fails with it, and inside {@link Jdbc#inTransaction} on the same database it is rolled back with it. Thread-safe.
 */
public final class JdbcAuditSink implements AuditSink, Jdbc.Backed {
    private final DataSource dataSource;

    public JdbcAuditSink(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        ConsentDatabase.migrate(dataSource);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void record(AuditEvent e) {
        Objects.requireNonNull(e, "event");
        Jdbc.tx(dataSource, "writing the audit trail", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ps_audit (at, action, post_id, "
                    + "person_id, consent_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, Jdbc.utc(e.at()));
                ps.setString(2, e.action());
                ps.setString(3, e.postId().orElse(null));
                ps.setString(4, e.personId().orElse(null));
                ps.setString(5, e.consentId().orElse(null));
                ps.setString(6, e.detail());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<AuditEvent> eventsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return Jdbc.read(dataSource, "reading the audit trail", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at, action, post_id, person_id, consent_id, "
                    + "detail FROM ps_audit WHERE person_id = ? ORDER BY seq")) {
                ps.setString(1, personId);
                List<AuditEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEvent(Jdbc.instant(rs, "at"), rs.getString("action"),
                                Optional.ofNullable(rs.getString("post_id")),
                                Optional.ofNullable(rs.getString("person_id")),
                                Optional.ofNullable(rs.getString("consent_id")), rs.getString("detail")));
                    }
                }
                return List.copyOf(out);
            }
        });
    }
}
