package org.privacyscreen.consent.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * ({@code SELECT ... FOR UPDATE}) before it checks and counts, and {@link #revoke} updates that row, so concurrent
 * publications and revocations from any number of connections or processes serialise on it: uses never exceed
 * {@code maxUses}, and once a revocation in effect has committed no use is counted. Thread-safe.
 */
public final class JdbcConsentStore implements ConsentStore, Jdbc.Backed {
    private static final String COLUMNS = "id, person_id, status, permissions, channels, purposes, max_uses, "
            + "valid_from, valid_until, evidence_kind, evidence_reference, evidence_taken_by, evidence_taken_at, "
            + "guardian_name, guardian_relationship, revoked_at";

    private static final String USE_COLUMNS = "consent_id, post_id, channel, purpose, used_at, time_zone";

    private final DataSource dataSource;
    private final Clock clock;
    private final RecordValidator validator = RecordValidator.create();

    /** A store over {@code dataSource}, migrating its schema to the latest version first. */
    public JdbcConsentStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /**
     * A store over {@code dataSource} whose {@code clock} says when a use is recorded: a revocation in effect by
     * then refuses it, whatever time the use claims.
     */
    public JdbcConsentStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        ConsentDatabase.migrate(dataSource);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
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
            try (PreparedStatement ps = c.prepareStatement("SELECT " + USE_COLUMNS
                    + " FROM ps_consent_use WHERE consent_id = ? ORDER BY seq")) {
                ps.setString(1, consentId);
                List<ConsentUse> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(use(rs));
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
        Jdbc.tx(dataSource, "saving a consent", c -> {
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
            Consent consent = find(c, use.consentId(), true).orElseThrow(Jdbc::unknownConsent); // row held to commit
            // a retried publication is checked again but not counted twice
            boolean counted = counted(c, use);
            if (!consent.acceptsUse(use, count(c, consent.id()) - (counted ? 1 : 0), clock.instant())) {
                return false;
            }
            if (!counted) {
                insertUse(c, use, clock.instant());
            }
            return true;
        });
    }

    /** Adds a past publication as recorded elsewhere, without the limit check (for loading history). */
    public void importUse(ConsentUse use) {
        validator.check("use", use);
        Jdbc.tx(dataSource, "importing a use", c -> {
            find(c, use.consentId(), true).orElseThrow(Jdbc::unknownConsent);
            insertUse(c, use, null);
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

    private static void insertUse(Connection c, ConsentUse use, Instant recordedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ps_consent_use (" + USE_COLUMNS
                + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, use.consentId());
            ps.setString(2, use.postId());
            ps.setString(3, use.channel());
            ps.setString(4, use.purpose().wireName());
            ps.setObject(5, Jdbc.utc(use.at()));
            ps.setString(6, use.zone().getId());
            Jdbc.set(ps, 7, Jdbc.utc(recordedAt), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.executeUpdate();
        }
    }

    private static boolean counted(Connection c, ConsentUse use) throws SQLException {
        return Jdbc.exists(c, "SELECT 1 FROM ps_consent_use WHERE consent_id = ? AND post_id = ?", use.consentId(),
                use.postId());
    }

    private static ConsentUse use(ResultSet rs) throws SQLException {
        String purpose = rs.getString("purpose");
        String zone = rs.getString("time_zone");
        try {
            return new ConsentUse(rs.getString("consent_id"), rs.getString("post_id"), rs.getString("channel"),
                    Purpose.fromWireName(purpose).orElseThrow(() -> corrupt("purpose")), Jdbc.instant(rs, "used_at"),
                    ZoneId.of(zone));
        } catch (java.time.DateTimeException e) {
            throw corrupt("time_zone");
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
                enumOf(Evidence.Kind.class, kind, "evidence_kind"),
                Optional.ofNullable(rs.getString("evidence_reference")),
                Optional.ofNullable(rs.getString("evidence_taken_by")),
                Optional.ofNullable(Jdbc.instant(rs, "evidence_taken_at"))));
        String gName = rs.getString("guardian_name");
        String gRel = rs.getString("guardian_relationship");
        Optional<Guardian> guardian = gName == null ? Optional.empty()
                : Optional.of(new Guardian(gName, gRel == null ? "" : gRel));
        Set<Permission> perms = EnumSet.noneOf(Permission.class);
        for (String p : split(rs.getString("permissions"))) {
            perms.add(Permission.fromWireName(p).orElseThrow(() -> corrupt("permissions")));
        }
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String p : split(rs.getString("purposes"))) {
            purposes.add(Purpose.fromWireName(p).orElseThrow(() -> corrupt("purposes")));
        }
        return new Consent(id, rs.getString("person_id"),
                enumOf(ConsentStatus.class, rs.getString("status"), "status"), perms,
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

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String column) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw corrupt(column);
        }
    }

    private static PrivacyScreenException corrupt(String column) {
        return new PrivacyScreenException(ErrorCode.STORE_FAILURE, "a consent record's column " + column
                + " holds a value this library does not know");
    }
}
