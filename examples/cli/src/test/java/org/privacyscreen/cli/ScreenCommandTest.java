package org.privacyscreen.cli;

import org.privacyscreen.json.internal.JsonText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyscreen.Screener;

class ScreenCommandTest {
    @TempDir
    Path dir;

    @Test
    void screen_allowExitsZero() {
        Cli.Run r = Cli.run("screen", "--text", "See you at the open day.", "--format", "json");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.err()).isEmpty();
        assertThat(JsonText.parse(r.out(), "out").path("verdict").asText()).isEqualTo("ALLOW");
    }

    @Test
    void screen_lowFindingAllowsAndExitsZero() {
        Cli.Run r = Cli.run("screen", "--text", "a LOWWORD here", "--format", "json");
        assertThat(r.code()).isEqualTo(0);
        JsonNode report = JsonText.parse(r.out(), "out");
        assertThat(report.path("findings").get(0).path("severity").asText()).isEqualTo("LOW");
    }

    @Test
    void screen_reviewExitsOne() {
        assertThat(Cli.run("screen", "--text", "Thanks MEDWORD!", "--format", "json").code()).isEqualTo(1);
    }

    @Test
    void screen_blockExitsTwo() {
        Cli.Run r = Cli.run("screen", "--text", "Call HIGHWORD now", "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        JsonNode report = JsonText.parse(r.out(), "out");
        assertThat(report.path("verdict").asText()).isEqualTo("BLOCK");
        JsonNode f = report.path("findings").get(0);
        assertThat(f.path("type").asText()).isEqualTo("PHONE_NUMBER");
        assertThat(f.path("severity").asText()).isEqualTo("HIGH");
        assertThat(f.path("confidence").asDouble()).isEqualTo(0.9);
        assertThat(f.path("detector").asText()).isEqualTo("test-words");
        assertThat(f.path("location").path("kind").asText()).isEqualTo("text");
        assertThat(f.path("location").path("start").asInt()).isEqualTo(5);
        assertThat(f.path("location").path("end").asInt()).isEqualTo(13);
        assertThat(f.path("excerpt").asText()).isEqualTo("H*******");
        assertThat(f.has("subject")).isFalse();
        assertThat(f.path("remediation").asText()).isEqualTo("REDACT");
        assertThat(report.path("redactedText").asText()).isEqualTo("Call [PHONE] now");
        assertThat(report.path("timingsMillis").path("test-words").isNumber()).isTrue();
    }

    @Test
    void screen_detectorFailureReviewsAndExitsOne() {
        Cli.Run r = Cli.run("screen", "--text", "BOOM", "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("DETECTOR_FAILURE");
    }

    @Test
    void screen_textFormatShowsVerdictFindingAndRemediationWithoutColourOffTerminal() {
        Cli.Run r = Cli.run("screen", "--text", "Call HIGHWORD now");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("BLOCK", "Do not publish it as it is", "A phone number", "H*******",
                "A phone number that is not the practice's.", "take it out of the text", "Call [PHONE] now");
        assertThat(r.out()).doesNotContain("HIGHWORD", "\u001b[", "PHONE_NUMBER", "REDACT", "0.90", "test-words");
        Cli.Run verbose = Cli.run("screen", "--text", "Call HIGHWORD now", "--verbose");
        assertThat(verbose.out()).contains("PHONE_NUMBER, HIGH, REDACT, detector test-words, confidence 0.90",
                "text 5-13");
    }

    @Test
    void screen_postFileResolvesImagesAgainstItsFolder() {
        Fixtures.write(dir, "photos/team.png", Fixtures.png());
        Path post = Fixtures.write(dir, "post.json", """
                {"id": "p-1", "text": "Our team", "images": ["photos/team.png"], "channel": "instagram",
                 "purpose": "social_post", "audience": {"kind": "public"}, "author": {"id": "s-1", "account": "official"},
                 "subjects": ["c-1"], "inReplyTo": null, "createdAt": "2026-11-21T10:00:00Z", "locale": "en-GB"}
                """);
        Cli.Run r = Cli.run("screen", "--post", post.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        JsonNode f = JsonText.parse(r.out(), "out").path("findings").get(0);
        assertThat(f.path("type").asText()).isEqualTo("FACE");
        assertThat(f.path("location").toString())
                .isEqualTo("{\"kind\":\"image\",\"image\":0,\"x\":1,\"y\":1,\"width\":2,\"height\":2}");
        assertThat(f.has("excerpt")).isFalse();
    }

    @Test
    void screen_redactToWritesRedactedTextAndImages() {
        Path image = Fixtures.write(dir, "in/photo one.png", Fixtures.png());
        Path out = dir.resolve("redacted");
        Cli.Run r = Cli.run("screen", "--text", "Call HIGHWORD now", "--image", image.toString(), "--redact-to",
                out.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(out.resolve("post.txt")).hasContent("Call [PHONE] now");
        assertThat(out.resolve("0-photo_one.png")).exists();
        // no remediator among the test detectors: the command says the copy is unchanged
        assertThat(r.err()).contains("unchanged");
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of((Object) new String[] {"--bogus"}),
                Arguments.of((Object) new String[] {"screen", "--bogus"}),
                Arguments.of((Object) new String[] {"screen"}),
                Arguments.of((Object) new String[] {"screen", "--text"}),
                Arguments.of((Object) new String[] {"screen", "--text", "a", "--post", "p.json"}),
                Arguments.of((Object) new String[] {"screen", "--text", "a", "--format", "xml"}),
                Arguments.of((Object) new String[] {"batch", "--in", "a.jsonl"}),
                Arguments.of((Object) new String[] {"nosuchcommand"}),
                Arguments.of((Object) new String[] {}));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void run_usageErrorExits64(String[] args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).startsWith("privacy-screen: ");
        if (args.length > 0) {
            // no arguments at all prints the usage; every real mistake gets one line
            assertThat(r.err().strip().lines()).hasSize(1);
        }
        assertThat(r.out()).isEmpty();
    }

    @Test
    void run_helpAndVersionExitZero() {
        Cli.Run help = Cli.run("--help");
        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("screen", "batch", "demo", "plugins", "--plugins", "64", "65", "70");
        Cli.Run screenHelp = Cli.run("screen", "--help");
        assertThat(screenHelp.code()).isEqualTo(0);
        assertThat(screenHelp.out()).contains("--post", "--text", "--image", "--redact-to", "--format");
        Cli.Run version = Cli.run("--version");
        assertThat(version.code()).isEqualTo(0);
        assertThat(version.out()).startsWith("privacy-screen ");
    }

    static Stream<Arguments> badPosts() {
        return Stream.of(
                Arguments.of("{\"text\": \"hi\", ", "malformed JSON"),
                Arguments.of("[1, 2]", "must be a JSON object"),
                Arguments.of("", "empty"),
                Arguments.of("{\"id\": \"p\"}", "text: a post needs text or at least one image"),
                Arguments.of("{\"text\": 42}", "text: must be a string"),
                Arguments.of("{\"text\": \"hi\", \"purpose\": \"newsletter\"}", "purpose: must be one of"),
                Arguments.of("{\"text\": \"hi\", \"channel\": \"Instagram\"}", "channel: must be a lower-case word"),
                Arguments.of("{\"text\": \"hi\", \"audience\": {\"kind\": \"friends\"}}", "audience.kind"),
                Arguments.of("{\"text\": \"hi\", \"audience\": {\"kind\": \"public\", \"members\": [\"s-1\"]}}",
                        "audience.members"),
                Arguments.of("{\"text\": \"hi\", \"author\": {\"account\": \"private\"}}", "author.account"),
                Arguments.of("{\"text\": \"hi\", \"createdAt\": \"yesterday\"}", "createdAt: must be an ISO-8601"),
                Arguments.of("{\"text\": \"hi\", \"locale\": \"en_GB!\"}", "locale: must be a BCP 47"),
                Arguments.of("{\"text\": \"hi\", \"subjects\": \"c-1\"}", "subjects: must be a list"),
                Arguments.of("{\"text\": \"hi\", \"subjects\": [\"\"]}", "subjects[0]: must not be blank"),
                Arguments.of("{\"text\": \"hi\", \"subject\": [\"c-1\"]}", "subject: is not a field"),
                Arguments.of("{\"text\": \"hi\", \"text\": \"again\"}", "Duplicate field"),
                Arguments.of("{\"text\": \"hi\", \"images\": [\"missing.jpg\"]}", "images[0]: image file not found"));
    }

    @ParameterizedTest
    @MethodSource("badPosts")
    void screen_badPostExits65WithOneLineNamingFileAndField(String json, String reason) {
        Path post = Fixtures.write(dir, "post.json", json);
        Cli.Run r = Cli.run("screen", "--post", post.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains(post.toString(), reason).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void screen_postFileWithByteOrderMarkIsRead() {
        Path post = Fixtures.write(dir, "bom.json", "\uFEFF{\"text\": \"hello\"}");
        assertThat(Cli.run("screen", "--post", post.toString()).code()).isEqualTo(0);
    }

    @Test
    void screen_missingPostFileExits65() {
        Cli.Run r = Cli.run("screen", "--post", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).containsExactly("privacy-screen: " + dir.resolve("nope.json") + ": file not found");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--purpose|spam|'--purpose': must be one of social_post, advert, print, group_message, reply, comment",
            "--channel|Face Book|'--channel': must be a lower-case word",
            "--account|mine|'--account': must be official or personal",
            "--format|xml|'--format'",
            "--text|''|--text: a post needs text or at least one image"})
    void screen_flagValuesOutsideTheContractAreUsageErrors(String flag, String value, String message) {
        Cli.Run r = flag.equals("--text") ? Cli.run("screen", flag, value) : Cli.run("screen", "--text", "a", flag, value);
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.errLines()).singleElement().asString().contains(message, "--help");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"scren,screen", "batchh,batch", "demos,demo", "plugin,plugins", "SCREEN,screen"})
    void run_mistypedCommandNamesTheNearestOne(String typed, String meant) {
        Cli.Run r = Cli.run(typed, "--text", "hi");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.errLines()).singleElement().asString()
                .contains("unknown command '" + typed + "'; did you mean '" + meant + "'?")
                .doesNotContain("Unmatched");
    }

    @Test
    void run_unrelatedWordListsTheCommands() {
        Cli.Run r = Cli.run("xyzzy");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("unknown command 'xyzzy'; the commands are screen, batch, ")
                .contains("demo", "plugins").doesNotContain("help,");
    }

    @Test
    void screen_strayArgumentIsNotQuotedBack() {
        // a post's text that lost its --text may hold a name: the error does not repeat it
        Cli.Run r = Cli.run("screen", "--text", "Well", "done", "Maria");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("unexpected argument").doesNotContain("Maria");
    }

    /** The fixture files (docs/schemas validates them too) are read as a user would give them. */
    @Test
    void screen_fixtureFilesAreRead() throws Exception {
        Path fixtures = Path.of(ScreenCommandTest.class.getResource("/fixtures").toURI());
        Cli.Run r = Cli.run("screen", "--post", fixtures.resolve("post-reply.json").toString(), "--context",
                fixtures.resolve("context-practice.json").toString(), "--policy",
                fixtures.resolve("policy-strict.json").toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        JsonNode report = JsonText.parse(r.out(), "out");
        assertThat(report.path("postId").asText()).isEqualTo("fixture-reply");
        assertThat(report.path("timingsMillis").has("test-faces")).isFalse();
    }

    @Test
    void screen_postFromStandardInput() {
        Fixtures.write(dir, "photo.png", Fixtures.png());
        Cli.Run r = Cli.runWithInput(Cli.TEST_DETECTORS, "{\"id\": \"p-in\", \"text\": \"Call HIGHWORD now\"}",
                "screen", "--post", "-", "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(JsonText.parse(r.out(), "out").path("postId").asText()).isEqualTo("p-in");
        Cli.Run bad = Cli.runWithInput(Cli.TEST_DETECTORS, "{\"txt\": \"hi\"}", "screen", "--post", "-");
        assertThat(bad.code()).isEqualTo(65);
        assertThat(bad.errLines()).singleElement().asString().startsWith("privacy-screen: standard input: ");
    }

    @Test
    void screen_policyDisablingAnUnknownDetectorExits65ListingTheDetectors() {
        Path policy = Fixtures.write(dir, "policy.json", "{\"disabledDetectors\": [\"test-wrods\"]}");
        Cli.Run r = Cli.run("screen", "--text", "hi", "--policy", policy.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).singleElement().asString()
                .contains(policy.toString(), "disabledDetectors", "test-wrods", "test-faces, test-words");
        Path good = Fixtures.write(dir, "good.json", "{\"disabledDetectors\": [\"test-faces\"]}");
        assertThat(Cli.run("screen", "--text", "hello", "--policy", good.toString()).code()).isEqualTo(0);
    }

    @Test
    void screen_redactToWarnsNothingWhenTheImageNeedsNoFixing() {
        Path image = Fixtures.write(dir, "in/plain.png", Fixtures.png());
        Path out = dir.resolve("redacted");
        Cli.Run r = Cli.run(b -> b.discover(false).detector(new TestDetectors.Words()), "screen", "--text",
                "Call HIGHWORD now", "--image", image.toString(), "--redact-to", out.toString(), "--format", "json");
        assertThat(out.resolve("0-plain.png")).exists();
        assertThat(r.err()).doesNotContain("remediator", "unchanged");
    }

    @Test
    void screen_accountAndPurposeFlagsAreAccepted() {
        Cli.Run r = Cli.run("screen", "--text", "hello", "--channel", "x", "--purpose", "reply", "--account",
                "personal", "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
    }

    @Test
    void screen_unsupportedImageFormatExits65SayingWhichFormatsAre() {
        Path heic = Fixtures.write(dir, "IMG_0001.HEIC", Fixtures.heic());
        Cli.Run r = Cli.run("screen", "--text", "hi", "--image", heic.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("HEIC", "JPEG, PNG and WebP", "IMG_0001.HEIC");
    }

    @Test
    void screen_gifIsUnsupported() {
        Path gif = Fixtures.write(dir, "a.gif", "GIF89a....".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(Cli.run("screen", "--text", "hi", "--image", gif.toString()).err()).contains("GIF");
    }

    @Test
    void screen_missingImageExits65NamingTheFile() {
        Cli.Run r = Cli.run("screen", "--text", "hi", "--image", dir.resolve("gone.jpg").toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).contains("gone.jpg", "not found");
    }

    @Test
    void screen_undecodableImageExits65() {
        Path bad = Fixtures.write(dir, "broken.png", Fixtures.corruptPng());
        Cli.Run r = Cli.run("screen", "--text", "hi", "--image", bad.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("cannot be decoded", "IMAGE_INVALID");
    }

    @Test
    void screen_emptyImageExits65() {
        Path empty = Fixtures.write(dir, "empty.jpg", new byte[0]);
        assertThat(Cli.run("screen", "--text", "hi", "--image", empty.toString()).err()).contains("empty");
    }

    @Test
    void screen_policyLoweringDetectorFailureExits65() {
        Path policy = Fixtures.write(dir, "policy.json", "{\"severities\": {\"DETECTOR_FAILURE\": \"LOW\"}}");
        Cli.Run r = Cli.run("screen", "--text", "hi", "--policy", policy.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains(policy.toString(), "severities.DETECTOR_FAILURE", "MEDIUM");
    }

    @Test
    void screen_policyOverTextLimitExits65() {
        Path policy = Fixtures.write(dir, "policy.json", "{\"limits\": {\"maxTextChars\": 5}}");
        Cli.Run r = Cli.run("screen", "--text", "far too long", "--policy", policy.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).contains("TEXT_TOO_LONG");
    }

    @Test
    void screen_policySeverityChangesTheVerdict() {
        Path policy = Fixtures.write(dir, "policy.json", """
                {"severities": {"PHONE_NUMBER": "MEDIUM"}, "disabledDetectors": ["test-faces"], "minConfidence": 0.5,
                 "coolingOffDays": 30, "detectorTimeoutMillis": 5000,
                 "limits": {"maxImagePixels": 1000000, "maxImageBytes": 1000000, "maxTextChars": 1000}}
                """);
        assertThat(Cli.run("screen", "--text", "HIGHWORD", "--policy", policy.toString()).code()).isEqualTo(1);
    }

    @Test
    void screen_internalErrorExits70WithOneLineAndNoStackTrace() {
        Cli.Run r = Cli.run(b -> {
            throw new IllegalStateException("the engine broke");
        }, "screen", "--text", "hi");
        assertThat(r.code()).isEqualTo(70);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("internal error", "the engine broke").doesNotContain("\tat ");
    }

    @Test
    void screen_duplicateDetectorIdsExit70() {
        Cli.Run r = Cli.run(b -> b.discover(false).provider(new TestDetectors()).detector(new TestDetectors.Words()),
                "screen", "--text", "hi");
        assertThat(r.code()).isEqualTo(70);
        assertThat(r.err()).contains("duplicate detector id");
    }

    @Test
    void demo_exitsZeroAndShowsReadableReports() {
        Cli.Run r = Cli.run("demo");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("Harbour Lane Counselling", "ALLOW");
    }

    @Test
    void screen_withNoDetectorsAtAllExits70RatherThanAllow() {
        Cli.Run r = Cli.run(b -> b.discover(false), "screen", "--text", "hello");
        assertThat(r.code()).isEqualTo(70);
        assertThat(r.errLines()).singleElement().asString().contains("no detectors or rules are installed");
    }

    @Test
    void plugins_listsDetectorsWithKindPriorityAndSource() {
        Cli.Run r = Cli.run("plugins");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("test-words", "text", "test-faces", "image", "1000", "explicit", "0 problem(s)");
    }

    @Test
    void screen_writesNothingWhenTheScreenerCannotBeBuilt() throws Exception {
        Path out = dir.resolve("r");
        Cli.run(b -> {
            throw new IllegalStateException("x");
        }, "screen", "--text", "hi", "--redact-to", out.toString());
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void screen_explicitBuilderIsUsed() {
        // the hook tests rely on: what the setup registers is what runs
        Cli.Run r = Cli.run(b -> b.discover(false), "plugins");
        assertThat(r.out()).contains("0 detector(s)");
        assertThat(Screener.builder().discover(false).build().detectors()).isEmpty();
    }
}
