package org.privacyscreen.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.json.internal.JsonText;

/**
 * Fuzzing the readers of Post, context and policy JSON: valid documents mutated (bytes deleted, inserted, replaced;
 * values swapped for other JSON types; fields renamed) and random text. Whatever comes in, a reader returns a value
 * or throws a bad-input {@link PrivacyScreenException} with one line that quotes nothing: never another exception,
 * never a hang. Long run: {@code ./mvnw -pl privacy-json test -Dtest=JsonReadersFuzzTest -Djqwik.tries.default=200000}.
 */
class JsonReadersFuzzTest {
    private static final String POST = """
            {"id": "p-1", "text": "Thank you Ada for the card!", "channel": "instagram", "purpose": "social_post",
             "audience": {"kind": "group", "members": ["s-1"], "groupName": "Team"},
             "author": {"id": "s-1", "account": "personal"}, "subjects": ["c-1"], "inReplyTo": "c-1",
             "createdAt": "2026-11-21T10:00:00Z", "locale": "en-GB",
             "images": [{"name": "a.png", "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg=="}]}
            """;
    private static final String CONTEXT = """
            {"organisation": {"name": "Elm Dental", "phones": ["0161 496 0000"], "emails": ["hi@elm.example"],
                              "handles": ["@elm"], "addresses": ["1 Elm St"], "websites": ["elm.example"],
                              "timeZone": "Europe/London"},
             "clients": [{"id": "c-1", "name": "Ada Quill", "aliases": ["Addie"], "handles": ["@adaq"],
                          "dateOfBirth": "2011-02-03"}],
             "staff": [{"id": "s-1", "name": "Bo Vance"}],
             "consents": [{"id": "k-1", "clientId": "c-1", "status": "granted", "permissions": ["share", "name"],
                           "channels": ["*"], "purposes": ["social_post"], "maxUses": 2, "validFrom": "2026-01-01",
                           "validUntil": "2026-12-31", "evidence": {"kind": "written", "reference": "f-1"},
                           "guardian": {"name": "Cy Quill", "relationship": "mother"}, "revokedAt": null}],
             "uses": [{"consentId": "k-1", "postId": "p-0", "channel": "instagram", "at": "2026-06-01T09:00:00Z"}],
             "engagements": [{"clientId": "c-1", "channel": "instagram", "at": "2026-10-01T09:00:00Z", "public": true}]}
            """;
    private static final String POLICY = """
            {"severities": {"QUASI_IDENTIFIER": "HIGH", "IMAGE_METADATA": "LOW"}, "disabledDetectors": ["x"],
             "minConfidence": 0.5, "coolingOffDays": 90, "detectorTimeoutMillis": 10000,
             "limits": {"maxImagePixels": 100000000, "maxImageBytes": 52428800, "maxTextChars": 100000}}
            """;
    private static final List<String> OTHER_VALUES = List.of("null", "true", "-1", "0", "1e309", "\"\"", "\" \"",
            "[]", "{}", "[null]", "\"\\u0000\"", "\"x\"", "9999999999999999999999", "-0.5", "\"2026-13-45\"");

    private static String readsOrRefuses(Function<JsonNode, Object> reader, String text) {
        try {
            JsonNode node = JsonText.parse(text, "fuzz.json");
            assertThat(reader.apply(node)).isNotNull();
            return "read";
        } catch (PrivacyScreenException e) {
            assertThat(e.badInput()).as("code %s", e.code()).isTrue();
            assertThat(e.getMessage()).startsWith("fuzz.json").doesNotContain("\n");
            return e.getMessage().contains("malformed JSON") ? "not JSON" : "refused";
        }
    }

    /** Each property must see documents read, refused and not JSON at all, or it tests less than it says. */
    private static void outcome(String what) {
        Statistics.collect(what);
        Statistics.coverage(c -> {
            c.check("read").count(n -> n > 0);
            c.check("refused").count(n -> n > 0);
        });
    }

    @Property
    void post(@ForAll("mutatedPost") String text) {
        outcome(readsOrRefuses(n -> PostJson.readEmbedded(n, "fuzz.json"), text));
    }

    @Property
    void context(@ForAll("mutatedContext") String text) {
        outcome(readsOrRefuses(n -> ContextJson.read(n, "fuzz.json"), text));
    }

    @Property
    void policy(@ForAll("mutatedPolicy") String text) {
        outcome(readsOrRefuses(n -> PolicyJson.read(n, "fuzz.json"), text));
    }

    @Property
    void randomText(@ForAll("noise") String text) {
        readsOrRefuses(n -> PostJson.readEmbedded(n, "fuzz.json"), text);
        readsOrRefuses(n -> ContextJson.read(n, "fuzz.json"), text);
        readsOrRefuses(n -> PolicyJson.read(n, "fuzz.json"), text);
    }

    @Provide
    Arbitrary<String> mutatedPost() {
        return mutated(POST);
    }

    @Provide
    Arbitrary<String> mutatedContext() {
        return mutated(CONTEXT);
    }

    @Provide
    Arbitrary<String> mutatedPolicy() {
        return mutated(POLICY);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsn\\ux").ofMaxLength(200);
    }

    /** {@code doc} with one to four edits: a value swapped for another JSON value, a key renamed, a byte changed. */
    private static Arbitrary<String> mutated(String doc) {
        Arbitrary<Function<String, String>> edit = Arbitraries.oneOf(
                swapValue(), renameKey(), Arbitraries.integers().between(0, doc.length() - 1).map(i -> s ->
                        i < s.length() ? s.substring(0, i) + s.substring(i + 1) : s),
                Combinators.combine(Arbitraries.integers().between(0, doc.length() - 1),
                        Arbitraries.chars().with("{}[]\":,0a-\\ \u00e9\ud83d")).as((i, c) -> s ->
                        i < s.length() ? s.substring(0, i) + c + s.substring(i) : s));
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            String s = doc;
            for (Function<String, String> e : edits) {
                s = e.apply(s);
            }
            return s;
        });
    }

    /** Replaces the n-th value (after a colon or in an array) with another JSON value. */
    private static Arbitrary<Function<String, String>> swapValue() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.of(OTHER_VALUES))
                .as((n, v) -> s -> {
                    java.util.regex.Matcher m = java.util.regex.Pattern
                            .compile(":\\s*(\"[^\"]*\"|-?[0-9.]+|true|false|null|\\[[^\\[\\]]*\\]|\\{[^{}]*\\})")
                            .matcher(s);
                    int i = 0;
                    while (m.find()) {
                        if (i++ == n) {
                            return s.substring(0, m.start(1)) + v + s.substring(m.end(1));
                        }
                    }
                    return s;
                });
    }

    /** Renames the n-th key: an unknown field must be refused by name. */
    private static Arbitrary<Function<String, String>> renameKey() {
        return Arbitraries.integers().between(0, 60).map(n -> s -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(\\w+)\"\\s*:").matcher(s);
            int i = 0;
            while (m.find()) {
                if (i++ == n) {
                    return s.substring(0, m.start(1)) + m.group(1) + "X" + s.substring(m.end(1));
                }
            }
            return s;
        });
    }
}
