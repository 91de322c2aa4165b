package org.privacyscreen.consent.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.Guardian;
import org.privacyscreen.Permission;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Purpose;
import org.privacyscreen.consent.RecordValidator;
import org.privacyscreen.spi.ConsentStore;

/**
 * A {@link ConsentStore} over JDBC (H2, PostgreSQL). Every write checks the record's shape first and runs in one
 * transaction, so a bad record leaves the store unchanged. {@link #recordUse} locks the consent's row
 * ({@code SELECT ... FOR UPDATE}) before counting, so concurrent publications from any number of connections or
 * processes never exceed {@code maxUses}. Thread-safe.
 */
public final class JdbcConsentStore implements ConsentStore {
    private static final String COLUMNS = "id, person_id, status, permissions, channels, purposes, max_uses, "
            + "valid_from, valid_until, evidence_kind, evidence_reference, evidence_taken_by, evidence_taken_at, "
            + "guardian_name, guardian_relationship, revoked_at";

    private final DataSource dataSource;
    private final RecordValidator validator = RecordValidator.create();

    /** A store over {@code dataSource}, migrating its schema to the latest version first. */
    public JdbcConsentStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        ConsentDatabase.migrate(dataSource);
    }

    @Override
    public List<Consent> consentsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return Jdbc.read(dataSource, "reading consents", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM ps_consent WHERE person_id = ? ORDER BY id")) {
                ps.setString(1, personId);
                return list(ps);
            }
        });
    }

    @Override
    public Optional<Consent> find(String consentId) {
        Objects.requireNonNull(consentId, "consentId");
        return Jdbc.read(dataSource, "reading a consent", c -> find(c, consentId, false));
    }

    @Override
    public List<ConsentUse> uses(String consentId) {
        Objects.requireNonNull(consentId, "consentId");
        return Jdbc.read(dataSource, "reading uses", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT consent_id, post_id, channel, used_at "
                    + "FROM ps_consent_use WHERE consent_id = ? ORDER BY seq")) {
                ps.setString(1, consentId);
                List<ConsentUse> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ConsentUse(rs.getString(1), rs.getString(2), rs.getString(3),
                                Jdbc.instant(rs, "used_at")));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    @Override
    public int useCount(String consentId) {
        Objects.requireNonNull(consentId, "consentId");
        return Jdbc.read(dataSource, "counting uses", c -> count(c, consentId));
    }

    @Override
    public void save(Consent consent) {
        validator.check("consent", consent);
        Jdbc.tx(dataSource, "saving consent " + consent.id(), c -> {
            upsert(c, consent);
            return null;
        });
    }

    /** Saves every consent, all or nothing: one bad record and none is stored. */
    public void saveAll(List<Consent> consents) {
        Objects.requireNonNull(consents, "consents");
        for (int i = 0; i < consents.size(); i++) {
            validator.check("consents[" + i + "]", consents.get(i));
        }
        Jdbc.tx(dataSource, "saving consents", c -> {
            for (Consent consent : consents) {
                upsert(c, consent);
            }
            return null;
        });
    }

    @Override
    public boolean recordUse(ConsentUse use) {
        validator.check("use", use);
        return Jdbc.tx(dataSource, "recording a use", c -> {
            Optional<Consent> found = find(c, use.consentId(), true); // holds the row until commit
            if (found.isEmpty()) {
                throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE,
                        "use.consentId: names no consent on record");
            }
            Consent consent = found.get();
            if (!consent.acceptsUse(use.at(), count(c, consent.id()))) {
                return false;
            }
            insertUse(c, use);
            return true;
        });
    }

    /** Adds a past publication as recorded elsewhere, without the limit check (for loading history). */
    public void importUse(ConsentUse use) {
        validator.check("use", use);
        Jdbc.tx(dataSource, "importing a use", c -> {
            if (find(c, use.consentId(), true).isEmpty()) {
                throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE,
                        "use.consentId: names no consent on record");
            }
            insertUse(c, use);
            return null;
        });
    }

    @Override
    public void revoke(String consentId, Instant at) {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(at, "at");
        Jdbc.tx(dataSource, "revoking a consent", c -> {
            // an earlier revocation stands: moving it later would bring the consent back to life
            try (PreparedStatement ps = c.prepareStatement("UPDATE ps_consent SET revoked_at = CASE WHEN revoked_at "
                    + "IS NULL OR revoked_at > ? THEN ? ELSE revoked_at END WHERE id = ?")) {
                ps.setObject(1, Jdbc.utc(at));
                ps.setObject(2, Jdbc.utc(at));
                ps.setString(3, consentId);
                if (ps.executeUpdate() == 0) {
                    throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE,
                            "consentId: names no consent on record");
                }
            }
            return null;
        });
    }

    private static void insertUse(Connection c, ConsentUse use) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ps_consent_use (consent_id, post_id, channel, used_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, use.consentId());
            ps.setString(2, use.postId());
            ps.setString(3, use.channel());
            ps.setObject(4, Jdbc.utc(use.at()));
            ps.executeUpdate();
        }
    }

    private static int count(Connection c, String consentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ps_consent_use WHERE consent_id = ?")) {
            ps.setString(1, consentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Optional<Consent> find(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ps_consent WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id);
            List<Consent> l = list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    private static void upsert(Connection c, Consent k) throws SQLException {
        String update = "UPDATE ps_consent SET person_id = ?, status = ?, permissions = ?, channels = ?, "
                + "purposes = ?, max_uses = ?, valid_from = ?, valid_until = ?, evidence_kind = ?, "
                + "evidence_reference = ?, evidence_taken_by = ?, evidence_taken_at = ?, guardian_name = ?, "
                + "guardian_relationship = ?, revoked_at = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(update)) {
            bind(ps, k);
            ps.setString(16, k.id());
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ps_consent (person_id, status, permissions, "
                + "channels, purposes, max_uses, valid_from, valid_until, evidence_kind, evidence_reference, "
                + "evidence_taken_by, evidence_taken_at, guardian_name, guardian_relationship, revoked_at, id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, k);
            ps.setString(16, k.id());
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Consent k) throws SQLException {
        ps.setString(1, k.personId());
        ps.setString(2, k.status().name().toLowerCase(Locale.ROOT));
        ps.setString(3, k.permissions().stream().map(Permission::wireName).sorted().collect(Collectors.joining(",")));
        ps.setString(4, k.channels().stream().sorted().collect(Collectors.joining(",")));
        ps.setString(5, k.purposes().stream().map(Purpose::wireName).sorted().collect(Collectors.joining(",")));
        if (k.maxUses().isPresent()) {
            ps.setInt(6, k.maxUses().getAsInt());
        } else {
            ps.setNull(6, Types.INTEGER);
        }
        Jdbc.set(ps, 7, k.validFrom().orElse(null), Types.DATE);
        Jdbc.set(ps, 8, k.validUntil().orElse(null), Types.DATE);
        Optional<Evidence> e = k.evidence();
        ps.setString(9, e.map(x -> x.kind().name().toLowerCase(Locale.ROOT)).orElse(null));
        ps.setString(10, e.flatMap(Evidence::reference).orElse(null));
        ps.setString(11, e.flatMap(Evidence::takenBy).orElse(null));
        Jdbc.set(ps, 12, Jdbc.utc(e.flatMap(Evidence::takenAt).orElse(null)), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(13, k.guardian().map(Guardian::name).orElse(null));
        ps.setString(14, k.guardian().map(Guardian::relationship).orElse(null));
        Jdbc.set(ps, 15, Jdbc.utc(k.revokedAt().orElse(null)), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static List<Consent> list(PreparedStatement ps) throws SQLException {
        List<Consent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return List.copyOf(out);
    }

    private static Consent row(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        int max = rs.getInt("max_uses");
        OptionalInt maxUses = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(max);
        String kind = rs.getString("evidence_kind");
        Optional<Evidence> evidence = kind == null ? Optional.empty() : Optional.of(new Evidence(
                enumOf(Evidence.Kind.class, kind, id, "evidence_kind"),
                Optional.ofNullable(rs.getString("evidence_reference")),
                Optional.ofNullable(rs.getString("evidence_taken_by")),
                Optional.ofNullable(Jdbc.instant(rs, "evidence_taken_at"))));
        String gName = rs.getString("guardian_name");
        String gRel = rs.getString("guardian_relationship");
        Optional<Guardian> guardian = gName == null ? Optional.empty()
                : Optional.of(new Guardian(gName, gRel == null ? "" : gRel));
        Set<Permission> perms = EnumSet.noneOf(Permission.class);
        for (String p : split(rs.getString("permissions"))) {
            perms.add(Permission.fromWireName(p).orElseThrow(() -> corrupt(id, "permissions")));
        }
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String p : split(rs.getString("purposes"))) {
            purposes.add(Purpose.fromWireName(p).orElseThrow(() -> corrupt(id, "purposes")));
        }
        return new Consent(id, rs.getString("person_id"),
                enumOf(ConsentStatus.class, rs.getString("status"), id, "status"), perms,
                new LinkedHashSet<>(split(rs.getString("channels"))), purposes, maxUses,
                Optional.ofNullable(rs.getObject("valid_from", LocalDate.class)),
                Optional.ofNullable(rs.getObject("valid_until", LocalDate.class)), evidence, guardian,
                Optional.ofNullable(Jdbc.instant(rs, "revoked_at")));
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return List.of(s.split(","));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String id, String column) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw corrupt(id, column);
        }
    }

    private static PrivacyScreenException corrupt(String id, String column) {
        return new PrivacyScreenException(ErrorCode.STORE_FAILURE, "consent " + id + ": column " + column
                + " holds a value this library does not know");
    }
}
