package org.privacyscreen.json;

import org.privacyscreen.json.internal.Fields;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.json.internal.RecordChecks;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Engagement;
import org.privacyscreen.Evidence;
import org.privacyscreen.Guardian;
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Purpose;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.InMemoryEngagementLog;

/**
 * Context JSON (CONTRACT.md) to the look-ups a screener needs. Every record is checked for shape before anything is
 * stored: a missing id, an unknown status or permission, a period that ends before it starts, a reference to
 * nobody. Records that are well formed but not enough for a post are not errors here; screening reports them.
 */
public final class ContextJson {

    /** What the practice's CRM knows, ready for the screener. */
    public record Practice(ClientDirectory directory, InMemoryConsentStore consents, EngagementLog engagements) {
        public static Practice empty() {
            return new Practice(ClientDirectory.EMPTY, new InMemoryConsentStore(), new InMemoryEngagementLog(List.of()));
        }
    }

    private ContextJson() {
    }

    /** The context in the JSON text {@code json}; {@code label} names its source in messages. */
    public static Practice parse(String json, String label) {
        return read(JsonText.parse(json, label), label);
    }

    /** The context in {@code file}, named by its path in messages. */
    public static Practice readFile(java.nio.file.Path file) {
        return read(JsonText.readFile(file, file.toString()), file.toString());
    }

    /** The context in {@code node}; {@code label} names its source in messages. */
    public static Practice read(JsonNode node, String label) {
        Fields top = Fields.of(node, label, "");
        Organisation org = top.object("organisation").map(ContextJson::organisation).orElse(Organisation.NONE);
        Map<String, Person> people = new HashMap<>();
        List<Person> list = new ArrayList<>();
        for (Fields c : top.objects("clients")) {
            add(people, list, person(c, Person.Role.CLIENT), c);
        }
        for (Fields s : top.objects("staff")) {
            add(people, list, person(s, Person.Role.STAFF), s);
        }
        InMemoryConsentStore store = new InMemoryConsentStore();
        Set<String> consentIds = new LinkedHashSet<>();
        for (Fields c : top.objects("consents")) {
            Consent consent = consent(c);
            if (!people.containsKey(consent.personId())) {
                throw c.bad("clientId", "names no client or staff member in this file");
            }
            if (!consentIds.add(consent.id())) {
                throw c.bad("id", "duplicate consent id");
            }
            RecordChecks.check(label + ": " + c.path(), consent);
            store.save(consent);
        }
        for (Fields u : top.objects("uses")) {
            ConsentUse use = use(u);
            if (!consentIds.contains(use.consentId())) {
                throw u.bad("consentId", "names no consent in this file");
            }
            RecordChecks.check(label + ": " + u.path(), use);
            store.importUse(use);
        }
        List<Engagement> engagements = new ArrayList<>();
        for (Fields e : top.objects("engagements")) {
            Engagement en = engagement(e);
            if (!people.containsKey(en.personId())) {
                throw e.bad("clientId", "names no client or staff member in this file");
            }
            RecordChecks.check(label + ": " + e.path(), en);
            engagements.add(en);
        }
        top.rejectOthers();
        return new Practice(new InMemoryClientDirectory(org, list), store, new InMemoryEngagementLog(engagements));
    }

    private static void add(Map<String, Person> people, List<Person> list, Person p, Fields f) {
        if (people.putIfAbsent(p.id(), p) != null) {
            throw f.bad("id", "duplicate id (each client and staff member needs an id of their own)");
        }
        RecordChecks.check(f.file() + ": " + f.path(), p);
        list.add(p);
    }

    private static Organisation organisation(Fields o) {
        java.time.ZoneId zone = o.optStr("timeZone").map(z -> {
            try {
                return java.time.ZoneId.of(z);
            } catch (java.time.DateTimeException e) {
                throw o.bad("timeZone", "is not a time zone such as Europe/London or America/New_York");
            }
        }).orElse(java.time.ZoneOffset.UTC);
        Organisation org = new Organisation(o.optStr("name").orElse(""), o.strings("phones"), o.strings("emails"),
                o.strings("handles"), o.strings("addresses"), o.strings("websites"), zone);
        o.rejectOthers();
        return org;
    }

    private static Person person(Fields f, Person.Role role) {
        String id = f.str("id");
        String name = f.str("name");
        List<String> aliases = f.strings("aliases");
        List<String> handles = f.strings("handles");
        Optional<LocalDate> dob = f.date("dateOfBirth");
        f.rejectOthers();
        return new Person(id, role, name, aliases, handles, dob);
    }

    private static Consent consent(Fields f) {
        String id = f.str("id");
        String personId = f.str("clientId");
        ConsentStatus status = switch (f.str("status")) {
            case "granted" -> ConsentStatus.GRANTED;
            case "refused" -> ConsentStatus.REFUSED;
            default -> throw f.bad("status", "must be granted or refused");
        };
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        List<String> perms = f.strings("permissions");
        for (int i = 0; i < perms.size(); i++) {
            int at = i;
            permissions.add(Permission.fromWireName(perms.get(i)).orElseThrow(() -> f.bad("permissions[" + at + "]",
                    "must be capture, share or name")));
        }
        if (permissions.isEmpty()) {
            if (status == ConsentStatus.GRANTED) {
                throw f.bad("permissions", "a granted consent lists at least one of capture, share, name");
            }
            permissions = EnumSet.allOf(Permission.class); // a refusal that names nothing refuses everything
        }
        List<String> channelList = f.strings("channels");
        for (int i = 0; i < channelList.size(); i++) {
            String c = channelList.get(i);
            if (!c.equals(Consent.ALL_CHANNELS) && !PostJson.CHANNEL.matcher(c).matches()) {
                throw f.bad("channels[" + i + "]", "must be a lower-case channel name or \"*\"");
            }
        }
        Set<String> channels = channelList.isEmpty() ? Set.of(Consent.ALL_CHANNELS) : Set.copyOf(channelList);
        List<String> purposeList = f.strings("purposes");
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (int i = 0; i < purposeList.size(); i++) {
            int at = i;
            purposes.add(Purpose.fromWireName(purposeList.get(i)).orElseThrow(() -> f.bad("purposes[" + at + "]",
                    "must be one of " + PostJson.PURPOSES)));
        }
        if (purposes.isEmpty()) {
            purposes = EnumSet.of(Purpose.SOCIAL_POST);
        }
        OptionalInt maxUses = f.integer("maxUses", 1);
        Optional<LocalDate> from = f.date("validFrom");
        Optional<LocalDate> until = f.date("validUntil");
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            throw f.bad("validUntil", "is before validFrom");
        }
        Optional<Evidence> evidence = f.object("evidence").map(ContextJson::evidence);
        Optional<Guardian> guardian = f.object("guardian").map(g -> {
            Guardian gd = new Guardian(g.str("name"), g.str("relationship"));
            g.rejectOthers();
            return gd;
        });
        Optional<java.time.Instant> revokedAt = f.instant("revokedAt");
        f.rejectOthers();
        return new Consent(id, personId, status, permissions, channels, purposes, maxUses, from, until, evidence,
                guardian, revokedAt);
    }

    private static Evidence evidence(Fields e) {
        Evidence.Kind kind = switch (e.str("kind")) {
            case "written" -> Evidence.Kind.WRITTEN;
            case "electronic" -> Evidence.Kind.ELECTRONIC;
            case "verbal" -> Evidence.Kind.VERBAL;
            default -> throw e.bad("kind", "must be written, electronic or verbal");
        };
        Evidence ev = new Evidence(kind, e.optStr("reference"), e.optStr("takenBy"), e.instant("takenAt"));
        e.rejectOthers();
        return ev;
    }

    private static ConsentUse use(Fields u) {
        ConsentUse use = new ConsentUse(u.str("consentId"), u.str("postId"),
                PostJson.channel(u.str("channel"), u.file() + ": " + u.field("channel")),
                u.instant("at").orElseThrow(() -> u.bad("at", "is required")));
        u.rejectOthers();
        return use;
    }

    private static Engagement engagement(Fields e) {
        Engagement en = new Engagement(e.str("clientId"),
                PostJson.channel(e.str("channel"), e.file() + ": " + e.field("channel")),
                e.instant("at").orElseThrow(() -> e.bad("at", "is required")),
                e.bool("public").orElse(false));
        e.rejectOthers();
        return en;
    }
}
