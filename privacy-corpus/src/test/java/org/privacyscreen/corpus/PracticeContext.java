package org.privacyscreen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Engagement;
import org.privacyscreen.Evidence;
import org.privacyscreen.Guardian;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.InMemoryEngagementLog;
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Purpose;
import org.privacyscreen.consent.RecordValidator;

/**
 * One practice's CRM, read from the context JSON of CONTRACT.md into the in-memory stores. A test-side reader: the
 * corpus must not lean on the CLI, and a record of the wrong shape here is a mistake in the corpus.
 */
record PracticeContext(InMemoryClientDirectory directory, InMemoryConsentStore consents,
                       InMemoryEngagementLog engagements) {

    private static final Set<String> TOP = Set.of("organisation", "clients", "staff", "consents", "uses",
            "engagements");
    private static final Set<String> ORGANISATION = Set.of("name", "phones", "emails", "handles", "addresses",
            "websites", "timeZone");
    private static final Set<String> PERSON = Set.of("id", "name", "aliases", "handles", "dateOfBirth");
    private static final Set<String> CONSENT = Set.of("id", "clientId", "status", "permissions", "channels",
            "purposes", "maxUses", "validFrom", "validUntil", "evidence", "guardian", "revokedAt");
    private static final Set<String> EVIDENCE = Set.of("kind", "reference", "takenBy", "takenAt");
    private static final Set<String> GUARDIAN = Set.of("name", "relationship");
    private static final Set<String> USE = Set.of("consentId", "postId", "channel", "at");
    private static final Set<String> ENGAGEMENT = Set.of("clientId", "channel", "at", "public");

    static PracticeContext read(JsonNode node, String where) {
        RecordValidator validator = RecordValidator.create();
        Json top = Json.of(node, where, TOP);
        Organisation org = top.object("organisation", ORGANISATION).map(PracticeContext::organisation)
                .orElse(Organisation.NONE);
        List<Person> people = new ArrayList<>();
        top.objects("clients", PERSON).forEach(c -> people.add(person(c, Person.Role.CLIENT)));
        top.objects("staff", PERSON).forEach(s -> people.add(person(s, Person.Role.STAFF)));
        Set<String> ids = new HashSet<>();
        for (Person p : people) {
            require(ids.add(p.id()), where, "duplicate person id " + p.id());
            validator.check(where + " " + p.id(), p);
        }
        InMemoryConsentStore store = new InMemoryConsentStore();
        Set<String> consentIds = new HashSet<>();
        for (Json c : top.objects("consents", CONSENT)) {
            Consent consent = consent(c);
            require(ids.contains(consent.personId()), c.where(), "clientId names nobody in the directory");
            require(consentIds.add(consent.id()), c.where(), "duplicate consent id");
            validator.check(c.where(), consent);
            store.save(consent);
        }
        for (Json u : top.objects("uses", USE)) {
            ConsentUse use = new ConsentUse(u.str("consentId"), u.str("postId"), u.str("channel"),
                    u.instant("at").orElseThrow());
            require(consentIds.contains(use.consentId()), u.where(), "consentId names no consent");
            validator.check(u.where(), use);
            store.importUse(use);
        }
        List<Engagement> engagements = new ArrayList<>();
        for (Json e : top.objects("engagements", ENGAGEMENT)) {
            Engagement en = new Engagement(e.str("clientId"), e.str("channel"), e.instant("at").orElseThrow(),
                    e.bool("public").orElse(false));
            require(ids.contains(en.personId()), e.where(), "clientId names nobody in the directory");
            validator.check(e.where(), en);
            engagements.add(en);
        }
        return new PracticeContext(new InMemoryClientDirectory(org, people), store,
                new InMemoryEngagementLog(engagements));
    }

    private static Organisation organisation(Json o) {
        Organisation.Builder b = Organisation.builder(o.optStr("name").orElse(""))
                .phones(o.strings("phones").toArray(String[]::new))
                .emails(o.strings("emails").toArray(String[]::new))
                .handles(o.strings("handles").toArray(String[]::new))
                .addresses(o.strings("addresses").toArray(String[]::new))
                .websites(o.strings("websites").toArray(String[]::new));
        o.optStr("timeZone").map(ZoneId::of).ifPresent(b::timeZone);
        return b.build();
    }

    private static Person person(Json f, Person.Role role) {
        return new Person(f.str("id"), role, f.str("name"), f.strings("aliases"), f.strings("handles"),
                f.date("dateOfBirth"));
    }

    private static Consent consent(Json f) {
        ConsentStatus status = switch (f.str("status")) {
            case "granted" -> ConsentStatus.GRANTED;
            case "refused" -> ConsentStatus.REFUSED;
            default -> throw new IllegalArgumentException(f.where() + ".status: granted or refused");
        };
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String p : f.strings("permissions")) {
            permissions.add(Permission.fromWireName(p).orElseThrow(() ->
                    new IllegalArgumentException(f.where() + ".permissions: unknown " + p)));
        }
        if (permissions.isEmpty()) {
            require(status == ConsentStatus.REFUSED, f.where(), "a grant lists its permissions");
            permissions = EnumSet.allOf(Permission.class); // a refusal that names nothing refuses everything
        }
        List<String> channels = f.strings("channels");
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String p : f.strings("purposes")) {
            purposes.add(Purpose.fromWireName(p).orElseThrow(() ->
                    new IllegalArgumentException(f.where() + ".purposes: unknown " + p)));
        }
        Optional<Evidence> evidence = f.object("evidence", EVIDENCE).map(e -> new Evidence(
                switch (e.str("kind")) {
                    case "written" -> Evidence.Kind.WRITTEN;
                    case "electronic" -> Evidence.Kind.ELECTRONIC;
                    case "verbal" -> Evidence.Kind.VERBAL;
                    default -> throw new IllegalArgumentException(e.where() + ".kind: written, electronic or verbal");
                }, e.optStr("reference"), e.optStr("takenBy"), e.instant("takenAt")));
        Optional<Guardian> guardian = f.object("guardian", GUARDIAN)
                .map(g -> new Guardian(g.str("name"), g.str("relationship")));
        OptionalInt maxUses = f.integer("maxUses").map(OptionalInt::of).orElse(OptionalInt.empty());
        return new Consent(f.str("id"), f.str("clientId"), status, permissions,
                channels.isEmpty() ? Set.of(Consent.ALL_CHANNELS) : Set.copyOf(channels),
                purposes.isEmpty() ? EnumSet.of(Purpose.SOCIAL_POST) : purposes, maxUses, f.date("validFrom"),
                f.date("validUntil"), evidence, guardian, f.instant("revokedAt"));
    }

    private static void require(boolean ok, String where, String why) {
        if (!ok) {
            throw new IllegalArgumentException(where + ": " + why);
        }
    }
}
