package org.privacyscreen.json;

import org.privacyscreen.json.internal.JsonText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.Evidence;
import org.privacyscreen.Permission;
import org.privacyscreen.Purpose;

class ContextJsonTest {
    private static final String CLIENT = "{\"id\": \"cl-1\", \"name\": \"Ada Quill\"}";
    private static final String CONSENT = "{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
            + " \"permissions\": [\"share\"]}";

    @TempDir
    Path dir;

    private static String context(String consentsAndMore) {
        return "{\"clients\": [" + CLIENT + "], " + consentsAndMore + "}";
    }

    @Test
    void read_fullContextLoadsEveryRecord() {
        ContextJson.Practice p = ContextJson.read(JsonText.parse("""
                {"organisation": {"name": "Elm Street Dental", "phones": ["0161 496 0000"], "emails": ["hi@elm.example"],
                                  "handles": ["@elmdental"], "addresses": ["1 Elm St"], "websites": ["elm.example"]},
                 "clients": [{"id": "cl-1", "name": "Ada Quill", "aliases": ["Addie"], "handles": ["@adaq"],
                              "dateOfBirth": "2011-02-03"}],
                 "staff": [{"id": "st-1", "name": "Bo Vance", "handles": ["@drbo"]}],
                 "consents": [{"id": "k-1", "clientId": "cl-1", "status": "granted",
                               "permissions": ["capture", "share", "name"], "channels": ["instagram", "*"],
                               "purposes": ["social_post", "advert"], "maxUses": 2, "validFrom": "2026-01-01",
                               "validUntil": "2026-12-31", "evidence": {"kind": "electronic", "reference": "E-1"},
                               "guardian": {"name": "Cy Quill", "relationship": "father"}, "revokedAt": null}],
                 "uses": [{"consentId": "k-1", "postId": "old-1", "channel": "instagram", "at": "2026-03-01T09:00:00Z"}],
                 "engagements": [{"clientId": "cl-1", "channel": "instagram", "at": "2026-02-01T09:00:00Z",
                                  "public": true}]}
                """, "ctx"), "ctx");
        assertThat(p.directory().organisation().name()).isEqualTo("Elm Street Dental");
        assertThat(p.directory().people()).hasSize(2);
        assertThat(p.directory().find("cl-1").orElseThrow().aliases()).containsExactly("Addie");
        var consent = p.consents().find("k-1").orElseThrow();
        assertThat(consent.status()).isEqualTo(ConsentStatus.GRANTED);
        assertThat(consent.permissions()).containsExactlyInAnyOrder(Permission.CAPTURE, Permission.SHARE,
                Permission.NAME);
        assertThat(consent.purposes()).containsExactlyInAnyOrder(Purpose.SOCIAL_POST, Purpose.ADVERT);
        assertThat(consent.maxUses().getAsInt()).isEqualTo(2);
        assertThat(consent.evidence().orElseThrow().kind()).isEqualTo(Evidence.Kind.ELECTRONIC);
        assertThat(consent.guardian()).isPresent();
        assertThat(p.consents().uses("k-1")).hasSize(1);
        assertThat(p.engagements().engagementsOf("cl-1")).singleElement().matches(e -> e.isPublic());
    }

    @Test
    void read_emptyObjectIsAnEmptyPractice() {
        ContextJson.Practice p = ContextJson.read(JsonText.parse("{}", "ctx"), "ctx");
        assertThat(p.directory().people()).isEmpty();
    }

    @Test
    void read_refusalWithoutPermissionsRefusesEverything() {
        ContextJson.Practice p = ContextJson.read(JsonText.parse(context(
                "\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"refused\"}]"), "ctx"), "ctx");
        assertThat(p.consents().find("k-1").orElseThrow().permissions()).containsExactlyInAnyOrder(Permission.values());
    }

    static Stream<Arguments> wrongShapes() {
        return Stream.of(
                Arguments.of("[]", "(top level): must be a JSON object"),
                Arguments.of("{\"clients\": {}}", "clients: must be a list"),
                Arguments.of("{\"clients\": [\"cl-1\"]}", "clients[0]: must be a JSON object"),
                Arguments.of("{\"clients\": [{\"name\": \"Ada\"}]}", "clients[0].id: is required"),
                Arguments.of("{\"clients\": [{\"id\": \"cl-1\"}]}", "clients[0].name: is required"),
                Arguments.of("{\"clients\": [{\"id\": 7, \"name\": \"Ada\"}]}", "clients[0].id: must be a string"),
                Arguments.of("{\"clients\": [{\"id\": \"cl-1\", \"name\": \"Ada\", \"dateOfBirth\": \"02/03/2011\"}]}",
                        "clients[0].dateOfBirth: must be an ISO-8601 date"),
                Arguments.of("{\"clients\": [" + CLIENT + "], \"staff\": [{\"id\": \"cl-1\", \"name\": \"Bo\"}]}",
                        "staff[0].id: duplicate id"),
                Arguments.of("{\"organisation\": {\"phone\": \"1\"}}", "organisation.phone: is not a field"),
                Arguments.of("{\"clinics\": []}", "clinics: is not a field"),
                Arguments.of(context("\"consents\": [{\"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"]}]"), "consents[0].id: is required"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"maybe\","
                        + " \"permissions\": [\"share\"]}]"), "consents[0].status: must be granted or refused"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\", \"tweet\"]}]"), "consents[0].permissions[1]: must be capture"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\"}]"),
                        "consents[0].permissions: a granted consent lists at least one"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"validFrom\": \"2026-06-01\", \"validUntil\": \"2026-05-31\"}]"),
                        "consents[0].validUntil: is before validFrom"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"maxUses\": \"3\"}]"), "consents[0].maxUses: must be a whole"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"maxUses\": 0}]"), "consents[0].maxUses: must be at least 1"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"purposes\": [\"fundraising\"]}]"), "consents[0].purposes[0]"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"channels\": [\"Insta Gram\"]}]"), "consents[0].channels[0]"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"evidence\": {\"kind\": \"telepathic\"}}]"),
                        "consents[0].evidence.kind: must be written, electronic or verbal"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"guardian\": {\"name\": \"Cy\"}}]"),
                        "consents[0].guardian.relationship: is required"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-1\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"], \"revokedAt\": \"soon\"}]"), "consents[0].revokedAt"),
                Arguments.of(context("\"consents\": [{\"id\": \"k-1\", \"clientId\": \"cl-9\", \"status\": \"granted\","
                        + " \"permissions\": [\"share\"]}]"), "consents[0].clientId: names no client or staff member"),
                Arguments.of(context("\"consents\": [" + CONSENT + ", " + CONSENT + "]"), "consents[1].id: duplicate"),
                Arguments.of(context("\"consents\": [" + CONSENT + "], \"uses\": [{\"consentId\": \"k-2\","
                        + " \"postId\": \"p\", \"channel\": \"x\", \"at\": \"2026-01-01T00:00:00Z\"}]"),
                        "uses[0].consentId: names no consent"),
                Arguments.of(context("\"consents\": [" + CONSENT + "], \"uses\": [{\"consentId\": \"k-1\","
                        + " \"postId\": \"p\", \"channel\": \"x\"}]"), "uses[0].at: is required"),
                Arguments.of(context("\"engagements\": [{\"clientId\": \"cl-1\", \"channel\": \"x\","
                        + " \"at\": \"2026-01-01T00:00:00Z\", \"public\": \"yes\"}]"),
                        "engagements[0].public: must be true or false"),
                Arguments.of(context("\"engagements\": [{\"clientId\": \"cl-2\", \"channel\": \"x\","
                        + " \"at\": \"2026-01-01T00:00:00Z\"}]"), "engagements[0].clientId: names no client"));
    }

    @ParameterizedTest
    @MethodSource("wrongShapes")
    void read_wrongShapeIsBadInputNamingTheField(String json, String message) {
        assertThatThrownBy(() -> ContextJson.read(JsonText.parse(json, "ctx.json"), "ctx.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("ctx.json: ")
                .hasMessageContaining(message);
    }

    @Test
    void read_messagesNeverQuoteValues() {
        assertThatThrownBy(() -> ContextJson.read(JsonText.parse(
                "{\"clients\": [{\"id\": \"cl-1\", \"name\": \"Ada Quill\", \"dateOfBirth\": \"Ada Quill\"}]}",
                "ctx"), "ctx")).message().doesNotContain("Ada");
    }
}
