package org.privacyscreen.examples.crm;

import org.privacyscreen.consent.jdbc.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.privacyscreen.Engagement;
import org.privacyscreen.spi.EngagementLog;

/** The CRM's {@code patient_messages} as an {@link EngagementLog}: who wrote to the practice first, where. */
public final class CrmEngagementLog implements EngagementLog {
    private final DataSource dataSource;

    public CrmEngagementLog(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public List<Engagement> engagementsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return Jdbc.read(dataSource, "reading patient messages", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT platform, sent, public_post FROM patient_messages "
                    + "WHERE patient_no = ? ORDER BY sent")) {
                ps.setString(1, personId);
                List<Engagement> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Engagement(personId, rs.getString(1).strip().toLowerCase(Locale.ROOT),
                                rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getBoolean(3)));
                    }
                }
                return List.copyOf(out);
            }
        });
    }
}
