package org.privacyscreen.consent.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.privacyscreen.Engagement;
import org.privacyscreen.consent.RecordValidator;
import org.privacyscreen.spi.EngagementLog;

/** Clients' engagements in table {@code ps_engagement}. Thread-safe. */
public final class JdbcEngagementLog implements EngagementLog, Jdbc.Backed {
    private final DataSource dataSource;

    public JdbcEngagementLog(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        ConsentDatabase.migrate(dataSource);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    /** Records an engagement after checking its shape. */
    public void record(Engagement e) {
        RecordValidator.create().check("engagement", e);
        Jdbc.tx(dataSource, "recording an engagement", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ps_engagement (person_id, channel, at, is_public) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, e.personId());
                ps.setString(2, e.channel());
                ps.setObject(3, Jdbc.utc(e.at()));
                ps.setBoolean(4, e.isPublic());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Engagement> engagementsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return Jdbc.read(dataSource, "reading engagements", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id, channel, at, is_public "
                    + "FROM ps_engagement WHERE person_id = ? ORDER BY seq")) {
                ps.setString(1, personId);
                List<Engagement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Engagement(rs.getString(1), rs.getString(2), Jdbc.instant(rs, "at"),
                                rs.getBoolean(4)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }
}
