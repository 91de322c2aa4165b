package org.privacyscreen.examples.crm;

import org.privacyscreen.consent.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * The CRM's {@code consent_forms} and {@code consent_form_posts} as a {@link ConsentStore}.
 *
 * <p>Mapping: {@code answer} Y/N is granted/refused; {@code photo_ok}, {@code publish_ok}, {@code name_ok} are
 * capture, share, name; {@code platforms} ("Instagram;Facebook", or "ANY") are channels; every form covers social
 * posts, and adverts where {@code for_adverts}; {@code max_posts} is maxUses; {@code signed_on}..{@code expires_on}
 * the validity; {@code how_signed} paper is written evidence, email and portal electronic, phone verbal;
 * {@code guardian_name}/{@code guardian_is} the guardian; {@code withdrawn} the revocation.
 *
 * <p>Writes check the record's shape first ({@link RecordValidator}) and run in one transaction; {@link #recordUse}
 * locks the form's row so concurrent posts never exceed {@code max_posts}. Thread-safe.
 */
public final class CrmConsentStore implements ConsentStore, Jdbc.Backed {
    private static final String COLUMNS = "form_no, patient_no, answer, photo_ok, publish_ok, name_ok, platforms, "
            + "for_adverts, max_posts, signed_on, expires_on, how_signed, witnessed_by, guardian_name, guardian_is, "
            + "withdrawn";

    private final DataSource dataSource;
    private final Clock clock;

    public CrmConsentStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** A store whose {@code clock} says when a post is recorded: a form withdrawn by then accepts none. */
    public CrmConsentStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public List<Consent> consentsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return Jdbc.read(dataSource, "reading consent forms", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM consent_forms WHERE patient_no = ? ORDER BY form_no")) {
                ps.setString(1, personId);
                return forms(ps);
            }
        });
    }

    @Override
    public Optional<Consent> find(String consentId) {
        Objects.requireNonNull(consentId, "consentId");
        return Jdbc.read(dataSource, "reading a consent form", c -> form(c, consentId, false));
    }

    @Override
    public List<ConsentUse> uses(String consentId) {
        Objects.requireNonNull(consentId, "consentId");
        return Jdbc.read(dataSource, "reading posts of a form", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT post_ref, platform, posted FROM consent_form_posts "
                    + "WHERE form_no = ? ORDER BY line_no")) {
                ps.setString(1, consentId);
                List<ConsentUse> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ConsentUse(consentId, rs.getString(1), channel(rs.getString(2)),
                                rs.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    @Override
    public int useCount(String consentId) {
        Objects.requireNonNull(consentId, "consentId");
        return Jdbc.read(dataSource, "counting posts of a form", c -> count(c, consentId));
    }

    @Override
    public void save(Consent consent) {
        RecordValidator.create().check("consent", consent);
        if (!Set.of(Purpose.SOCIAL_POST, Purpose.ADVERT).containsAll(consent.purposes())
                || !consent.purposes().contains(Purpose.SOCIAL_POST)) {
            throw new PrivacyScreenException(ErrorCode.INVALID_RECORD,
                    "consent.purposes: the CRM's forms cover social_post, and advert where ticked, only");
        }
        if (consent.validFrom().isEmpty() || consent.evidence().isEmpty()) {
            throw new PrivacyScreenException(ErrorCode.INVALID_RECORD,
                    "consent.validFrom and consent.evidence: the CRM needs the date and the way the form was signed");
        }
        Jdbc.tx(dataSource, "saving a consent form", c -> {
            try (PreparedStatement del = c.prepareStatement("SELECT form_no FROM consent_forms WHERE form_no = ? "
                    + "FOR UPDATE")) {
                del.setString(1, consent.id());
                boolean exists;
                try (ResultSet rs = del.executeQuery()) {
                    exists = rs.next();
                }
                String sql = exists
                        ? "UPDATE consent_forms SET patient_no = ?, answer = ?, photo_ok = ?, publish_ok = ?, "
                        + "name_ok = ?, platforms = ?, for_adverts = ?, max_posts = ?, signed_on = ?, expires_on = ?, "
                        + "how_signed = ?, witnessed_by = ?, guardian_name = ?, guardian_is = ?, withdrawn = ? "
                        + "WHERE form_no = ?"
                        : "INSERT INTO consent_forms (patient_no, answer, photo_ok, publish_ok, name_ok, platforms, "
                        + "for_adverts, max_posts, signed_on, expires_on, how_signed, witnessed_by, guardian_name, "
                        + "guardian_is, withdrawn, form_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bind(ps, consent);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public boolean recordUse(ConsentUse use) {
        RecordValidator.create().check("use", use);
        return Jdbc.tx(dataSource, "recording a post against a form", c -> {
            Optional<Consent> form = form(c, use.consentId(), true);
            if (form.isEmpty()) {
                throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE, "use.consentId: names no consent form");
            }
            Consent k = form.get();
            // a retried post is checked again but not counted twice
            boolean posted = posted(c, use);
            if (!k.acceptsUse(use, count(c, k.id()) - (posted ? 1 : 0), clock.instant())) {
                return false;
            }
            if (posted) {
                return true;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO consent_form_posts (form_no, post_ref, platform, posted) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, use.consentId());
                ps.setString(2, use.postId());
                ps.setString(3, use.channel());
                ps.setObject(4, Jdbc.utc(use.at()));
                ps.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public void revoke(String consentId, Instant at) {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(at, "at");
        Jdbc.tx(dataSource, "withdrawing a consent form", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE consent_forms SET withdrawn = ? WHERE form_no = ? "
                    + "AND (withdrawn IS NULL OR withdrawn > ?)")) {
                ps.setObject(1, Jdbc.utc(at));
                ps.setString(2, consentId);
                ps.setObject(3, Jdbc.utc(at));
                if (ps.executeUpdate() == 0 && form(c, consentId, false).isEmpty()) {
                    throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE, "consentId: names no consent form");
                }
            }
            return null;
        });
    }

    private static boolean posted(Connection c, ConsentUse use) throws SQLException {
        return Jdbc.exists(c, "SELECT 1 FROM consent_form_posts WHERE form_no = ? AND post_ref = ?", use.consentId(),
                use.postId());
    }

    private static int count(Connection c, String formNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM consent_form_posts WHERE form_no = ?")) {
            ps.setString(1, formNo);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Optional<Consent> form(Connection c, String formNo, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM consent_forms WHERE form_no = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, formNo);
            List<Consent> l = forms(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    private static List<Consent> forms(PreparedStatement ps) throws SQLException {
        List<Consent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return List.copyOf(out);
    }

    private static Consent row(ResultSet rs) throws SQLException {
        String formNo = rs.getString("form_no");
        Set<Permission> perms = EnumSet.noneOf(Permission.class);
        if (rs.getBoolean("photo_ok")) {
            perms.add(Permission.CAPTURE);
        }
        if (rs.getBoolean("publish_ok")) {
            perms.add(Permission.SHARE);
        }
        if (rs.getBoolean("name_ok")) {
            perms.add(Permission.NAME);
        }
        Set<String> channels = new LinkedHashSet<>();
        for (String p : rs.getString("platforms").split(";")) {
            if (!p.isBlank()) {
                channels.add(p.strip().equalsIgnoreCase("ANY") ? Consent.ALL_CHANNELS : channel(p));
            }
        }
        Set<Purpose> purposes = rs.getBoolean("for_adverts") ? EnumSet.of(Purpose.SOCIAL_POST, Purpose.ADVERT)
                : EnumSet.of(Purpose.SOCIAL_POST);
        int max = rs.getInt("max_posts");
        OptionalInt maxUses = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(max);
        LocalDate signed = rs.getObject("signed_on", LocalDate.class);
        Evidence evidence = new Evidence(kind(rs.getString("how_signed")), Optional.of(formNo),
                Optional.ofNullable(rs.getString("witnessed_by")),
                Optional.of(signed.atStartOfDay().toInstant(ZoneOffset.UTC)));
        String guardian = rs.getString("guardian_name");
        String answer = rs.getString("answer");
        if (!"Y".equals(answer) && !"N".equals(answer)) {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, "a consent form's answer must be Y or N");
        }
        return new Consent(formNo, rs.getString("patient_no"), "Y".equals(answer) ? ConsentStatus.GRANTED
                : ConsentStatus.REFUSED, perms, channels, purposes, maxUses, Optional.of(signed),
                Optional.ofNullable(rs.getObject("expires_on", LocalDate.class)), Optional.of(evidence),
                guardian == null ? Optional.empty() : Optional.of(new Guardian(guardian,
                        Objects.requireNonNullElse(rs.getString("guardian_is"), "guardian"))),
                Optional.ofNullable(Jdbc.instant(rs, "withdrawn")));
    }

    private static void bind(PreparedStatement ps, Consent k) throws SQLException {
        ps.setString(1, k.personId());
        ps.setString(2, k.granted() ? "Y" : "N");
        ps.setBoolean(3, k.covers(Permission.CAPTURE));
        ps.setBoolean(4, k.covers(Permission.SHARE));
        ps.setBoolean(5, k.covers(Permission.NAME));
        ps.setString(6, k.channels().contains(Consent.ALL_CHANNELS) ? "ANY"
                : k.channels().stream().sorted().collect(Collectors.joining(";")));
        ps.setBoolean(7, k.coversPurpose(Purpose.ADVERT));
        if (k.maxUses().isPresent()) {
            ps.setInt(8, k.maxUses().getAsInt());
        } else {
            ps.setNull(8, Types.INTEGER);
        }
        ps.setObject(9, k.validFrom().orElseThrow());
        if (k.validUntil().isPresent()) {
            ps.setObject(10, k.validUntil().get());
        } else {
            ps.setNull(10, Types.DATE);
        }
        Evidence e = k.evidence().orElseThrow();
        ps.setString(11, switch (e.kind()) {
            case WRITTEN -> "paper";
            case ELECTRONIC -> "portal";
            case VERBAL -> "phone";
        });
        ps.setString(12, e.takenBy().orElse(null));
        ps.setString(13, k.guardian().map(Guardian::name).orElse(null));
        ps.setString(14, k.guardian().map(Guardian::relationship).orElse(null));
        if (k.revokedAt().isPresent()) {
            ps.setObject(15, Jdbc.utc(k.revokedAt().get()));
        } else {
            ps.setNull(15, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        ps.setString(16, k.id());
    }

    private static String channel(String platform) {
        return platform.strip().toLowerCase(Locale.ROOT);
    }

    private static Evidence.Kind kind(String howSigned) {
        return switch (howSigned == null ? "" : howSigned.strip().toLowerCase(Locale.ROOT)) {
            case "paper" -> Evidence.Kind.WRITTEN;
            case "email", "portal" -> Evidence.Kind.ELECTRONIC;
            case "phone" -> Evidence.Kind.VERBAL;
            default -> throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, "a consent form's how_signed must be "
                    + "paper, email, portal or phone");
        };
    }
}
