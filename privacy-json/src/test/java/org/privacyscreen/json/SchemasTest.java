package org.privacyscreen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Permission;
import org.privacyscreen.Post;
import org.privacyscreen.Purpose;
import org.privacyscreen.RegionKind;
import org.privacyscreen.Remediation;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.json.internal.JsonText;

/**
 * The JSON Schemas in docs/schemas against the readers and the writer, in both directions: every example in the
 * repository validates and is read; every field a reader accepts is in its schema and the schema has no other;
 * every value set is the code's; every field the report writer writes is in the report schema; and every document
 * of the table of bad documents is refused by the schema and by the reader.
 */
class SchemasTest {
    private static final Path ROOT = repositoryRoot();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final List<String> FORMATS = List.of("post", "context", "policy", "report");

    @TempDir
    static Path images;

    private static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("docs/schemas"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("docs/schemas not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    private static JsonNode schemaNode(String format) {
        return JsonText.readFile(ROOT.resolve("docs/schemas/" + format + ".schema.json"), format + ".schema.json");
    }

    private static List<String> errors(String format, JsonNode document) {
        Schema schema = REGISTRY.getSchema(schemaNode(format));
        return schema.validate(document).stream().map(Object::toString).toList();
    }

    /** Reads {@code document} with the reader of {@code format}; images resolve in a folder where any name exists. */
    private static void read(String format, JsonNode document, String label) {
        switch (format) {
            case "post" -> {
                document.path("images").forEach(i -> writeImage(i.asText()));
                PostJson.read(document, images, label);
            }
            case "context" -> ContextJson.read(document, label);
            case "policy" -> PolicyJson.read(document, label);
            case "report" -> ReportJson.readFindings(document);
            default -> throw new IllegalArgumentException(format);
        }
    }

    private static void writeImage(String name) {
        try {
            Path p = images.resolve(name);
            Files.createDirectories(p.getParent());
            if (!Files.exists(p)) {
                Files.write(p, TINY_PNG);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG, whatever name the example gives it: images are recognised by their bytes. */
    private static final byte[] TINY_PNG = tinyPng();

    private static byte[] tinyPng() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- every example in the repository

    record Example(String format, String source, String json) {
        @Override
        public String toString() {
            return source;
        }
    }

    private static final Pattern FENCE = Pattern.compile("(?ms)^```json (post|context|policy|report)\\s*$(.*?)^```");

    static Stream<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        List<Path> markdown = new ArrayList<>();
        markdown.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(markdown::add);
        }
        for (Path md : markdown) {
            Matcher m = FENCE.matcher(Files.readString(md));
            int n = 0;
            while (m.find()) {
                out.add(new Example(m.group(1), ROOT.relativize(md) + " #" + ++n + " (" + m.group(1) + ")", m.group(2)));
            }
        }
        Path demo = ROOT.resolve("examples/cli/src/main/resources/org/privacyscreen/cli/demo");
        out.add(new Example("context", "demo context.json", Files.readString(demo.resolve("context.json"))));
        JsonNode posts = JsonText.readFile(demo.resolve("posts.json"), "posts.json");
        for (int i = 0; i < posts.size(); i++) {
            out.add(new Example("post", "demo posts.json[" + i + "]", posts.get(i).get("post").toString()));
        }
        Path fixtures = ROOT.resolve("examples/cli/src/test/resources/fixtures");
        try (Stream<Path> files = Files.list(fixtures)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = f.getFileName().toString();
                String format = name.substring(0, name.indexOf('-'));
                out.add(new Example(format, "CLI fixture " + name, Files.readString(f)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExample_validatesAndIsRead(Example e) {
        JsonNode doc = JsonText.parse(e.json(), e.source());
        assertThat(errors(e.format(), doc)).as(e.source()).isEmpty();
        read(e.format(), doc, e.source());
    }

    @Test
    void examples_coverEveryFormatInTheDocsAndEveryFixtureFolder() throws IOException {
        List<Example> all = examples().toList();
        for (String format : FORMATS) {
            assertThat(all).as(format).anyMatch(e -> e.format().equals(format) && e.source().startsWith("docs"));
        }
        assertThat(all).anyMatch(e -> e.source().startsWith("demo"));
        assertThat(all).anyMatch(e -> e.source().startsWith("CLI fixture"));
    }

    // ---------------------------------------------------------------- the fields, both ways

    private static final String FULL_POST = """
            {"id": "p-1", "text": "Hello", "images": ["a.png"], "channel": "instagram", "purpose": "social_post",
             "audience": {"kind": "group", "members": ["s-1"], "groupName": "Team"},
             "author": {"id": "s-1", "account": "official"}, "subjects": ["c-1"], "inReplyTo": "c-1",
             "createdAt": "2026-11-21T10:00:00Z", "locale": "en-GB"}
            """;
    private static final String FULL_POST_EMBEDDED = "{\"text\": \"Hello\", \"images\": [{\"name\": \"a.png\", "
            + "\"data\": \"" + java.util.Base64.getEncoder().encodeToString(tinyPng()) + "\"}]}";
    private static final String FULL_CONTEXT = """
            {"organisation": {"name": "Clinic", "phones": ["0191 720 3001"], "emails": ["hi@clinic.example"],
                              "handles": ["@clinic"], "addresses": ["1 High St"], "websites": ["clinic.example"],
                              "timeZone": "Europe/London"},
             "clients": [{"id": "c-1", "name": "Ada Quill", "aliases": ["Addie"], "handles": ["@ada"],
                          "dateOfBirth": "2012-04-02"}],
             "staff": [{"id": "s-1", "name": "Bo Vance", "aliases": ["Dr Bo"], "handles": ["@drbo"],
                        "dateOfBirth": "1980-01-01"}],
             "consents": [{"id": "k-1", "clientId": "c-1", "status": "granted", "permissions": ["share"],
                           "channels": ["*"], "purposes": ["advert"], "maxUses": 2, "validFrom": "2026-01-01",
                           "validUntil": "2026-12-31",
                           "evidence": {"kind": "written", "reference": "f-1", "takenBy": "s-1",
                                        "takenAt": "2026-01-01T09:00:00Z"},
                           "guardian": {"name": "Eve Quill", "relationship": "mother"},
                           "revokedAt": "2026-06-01T00:00:00+01:00"}],
             "uses": [{"consentId": "k-1", "postId": "p-0", "channel": "instagram", "at": "2026-02-01T09:00:00Z"}],
             "engagements": [{"clientId": "c-1", "channel": "instagram", "at": "2026-02-01T09:00:00Z",
                              "public": true}]}
            """;
    private static final String FULL_POLICY = """
            {"severities": {"FACE": "LOW"}, "disabledDetectors": ["faces"], "minConfidence": 0.5,
             "coolingOffDays": 30, "detectorTimeoutMillis": 500, "remediationTimeoutMillis": 900,
             "limits": {"maxImagePixels": 10, "maxImageBytes": 10, "maxTextChars": 10}}
            """;

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of("post", FULL_POST, List.of()),
                Arguments.of("post", FULL_POST, List.of("audience")),
                Arguments.of("post", FULL_POST, List.of("author")),
                Arguments.of("post", FULL_POST_EMBEDDED, List.of("images", "[]")),
                Arguments.of("context", FULL_CONTEXT, List.of()),
                Arguments.of("context", FULL_CONTEXT, List.of("organisation")),
                Arguments.of("context", FULL_CONTEXT, List.of("clients", "[]")),
                Arguments.of("context", FULL_CONTEXT, List.of("staff", "[]")),
                Arguments.of("context", FULL_CONTEXT, List.of("consents", "[]")),
                Arguments.of("context", FULL_CONTEXT, List.of("consents", "[]", "evidence")),
                Arguments.of("context", FULL_CONTEXT, List.of("consents", "[]", "guardian")),
                Arguments.of("context", FULL_CONTEXT, List.of("uses", "[]")),
                Arguments.of("context", FULL_CONTEXT, List.of("engagements", "[]")),
                Arguments.of("policy", FULL_POLICY, List.of()),
                Arguments.of("policy", FULL_POLICY, List.of("limits")));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("objects")
    void everyFieldTheReaderAccepts_isInTheSchemaAndNoOther(String format, String full, List<String> path) {
        JsonNode doc = JsonText.parse(full, format);
        assertThat(errors(format, doc)).isEmpty();
        read(format, doc, format);
        // an unknown field makes the reader list the fields it accepts there
        ObjectNode target = (ObjectNode) at(doc, path);
        target.put("zzNotAField", 1);
        assertThat(errors(format, doc)).isNotEmpty();
        JsonInputException e = catchThrowableOfType(JsonInputException.class, () -> read(format, doc, format));
        assertThat(e).isNotNull();
        Matcher m = Pattern.compile("zzNotAField: is not a field of this record; fields are: (.*)$").matcher(e.getMessage());
        assertThat(m.find()).as(e.getMessage()).isTrue();
        Set<String> accepted = new TreeSet<>(Arrays.asList(m.group(1).split(", ")));
        assertThat(new TreeSet<>(propertiesAt(schemaNode(format), path))).isEqualTo(accepted);
    }

    private static JsonNode at(JsonNode doc, List<String> path) {
        JsonNode n = doc;
        for (String p : path) {
            n = p.equals("[]") ? n.get(0) : n.get(p);
        }
        return n;
    }

    /** The property names the schema declares for the object at {@code path} (branches of oneOf merged). */
    private static Set<String> propertiesAt(JsonNode schema, List<String> path) {
        List<JsonNode> nodes = List.of(resolve(schema, schema));
        for (String p : path) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : nodes) {
                for (JsonNode branch : branches(schema, n)) {
                    JsonNode child = p.equals("[]") ? branch.get("items") : branch.path("properties").get(p);
                    if (child != null) {
                        next.add(resolve(schema, child));
                    }
                }
            }
            nodes = next;
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode n : nodes) {
            for (JsonNode branch : branches(schema, n)) {
                branch.path("properties").fieldNames().forEachRemaining(names::add);
            }
        }
        return names;
    }

    private static List<JsonNode> branches(JsonNode root, JsonNode n) {
        List<JsonNode> out = new ArrayList<>(List.of(n));
        for (String k : List.of("oneOf", "anyOf")) {
            n.path(k).forEach(b -> out.add(resolve(root, b)));
        }
        return out;
    }

    private static JsonNode resolve(JsonNode root, JsonNode n) {
        while (n.has("$ref")) {
            n = root.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    // ---------------------------------------------------------------- value sets are the code's

    private static Set<String> enumAt(String format, String pointer) {
        Set<String> out = new TreeSet<>();
        schemaNode(format).at(pointer).forEach(v -> {
            if (!v.isNull()) {
                out.add(v.asText());
            }
        });
        assertThat(out).as(format + pointer).isNotEmpty();
        return out;
    }

    private static <E extends Enum<E>> Set<String> names(Class<E> type, Function<E, String> wire) {
        return Arrays.stream(type.getEnumConstants()).map(wire).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void valueSets_areTheCodes() {
        assertThat(enumAt("post", "/properties/purpose/enum")).isEqualTo(names(Purpose.class, Purpose::wireName));
        assertThat(enumAt("context", "/$defs/consent/properties/purposes/items/enum"))
                .isEqualTo(names(Purpose.class, Purpose::wireName));
        assertThat(enumAt("context", "/$defs/consent/properties/permissions/items/enum"))
                .isEqualTo(names(Permission.class, Permission::wireName));
        assertThat(enumAt("policy", "/$defs/findingType/enum")).isEqualTo(names(FindingType.class, Enum::name));
        assertThat(enumAt("policy", "/properties/severities/additionalProperties/enum"))
                .isEqualTo(names(Severity.class, Enum::name));
        assertThat(enumAt("report", "/$defs/finding/properties/type/enum")).isEqualTo(names(FindingType.class, Enum::name));
        assertThat(enumAt("report", "/properties/verdict/enum")).isEqualTo(names(Verdict.class, Enum::name));
        assertThat(enumAt("report", "/$defs/finding/properties/remediation/enum"))
                .isEqualTo(names(Remediation.class, Enum::name));
        assertThat(enumAt("report", "/$defs/finding/properties/role/enum"))
                .isEqualTo(names(FaceRole.class, FaceRole::wireName));
        assertThat(enumAt("report", "/$defs/finding/properties/region/enum"))
                .isEqualTo(names(RegionKind.class, RegionKind::wireName));
        assertThat(schemaNode("report").at("/$defs/finding/properties/source/const").asText())
                .isEqualTo(FindingSource.IMAGE_TEXT.wireName());
    }

    // ---------------------------------------------------------------- the report writer

    @Test
    void reportWriter_writesOnlyWhatTheSchemaDeclaresAndValidates() {
        String text = "Well done Maria Thompson, see Room 4!";
        List<Finding> findings = List.of(
                Finding.builder(FindingType.CLIENT_NAME).span(text, 10, 24).subject("c-1").detector("names")
                        .coveredBy("named with written consent k-1").consentId("k-1").message("A client.").build(),
                Finding.builder(FindingType.FACE).location(Location.image(0, 1, 2, 3, 4)).detector("faces")
                        .faceRole(FaceRole.BACKGROUND).message("A face.").build(),
                Finding.builder(FindingType.DOCUMENT_TEXT).location(Location.image(0, 5, 6, 7, 8)).detector("ocr")
                        .source(FindingSource.IMAGE_TEXT).region(RegionKind.FORM).message("A form.").build(),
                Finding.builder(FindingType.CONSENT_MISSING).detector("consent").subject("c-2")
                        .message("No consent.").build());
        ScreeningReport report = ScreeningReport.builder("p-1", Verdict.BLOCK).findings(findings)
                .remediated(Post.builder().id("p-1").text("Well done [CLIENT], see Room 4!").build())
                .timings(Map.of("names", Duration.ofNanos(400_000), "faces", Duration.ofMillis(38)))
                .consentsUsed(List.of("k-1")).build();
        JsonNode written = ReportJson.write(report);
        assertThat(errors("report", written)).isEmpty();
        assertDeclared(schemaNode("report"), written, List.of());
        assertThat(ReportJson.readFindings(written)).isEqualTo(findings);
    }

    /** Every field of {@code node} is a property the schema declares at {@code path}; maps are skipped. */
    private static void assertDeclared(JsonNode schema, JsonNode node, List<String> path) {
        if (path.equals(List.of("timingsMillis"))) {
            return; // a map from detector id to milliseconds
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>(path);
            items.add("[]");
            node.forEach(e -> assertDeclared(schema, e, items));
        } else if (node.isObject()) {
            Set<String> declared = propertiesAt(schema, path);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                assertThat(declared).as("report schema at " + path).contains(f);
                List<String> child = new ArrayList<>(path);
                child.add(f);
                assertDeclared(schema, node.get(f), child);
            }
        }
    }

    // ---------------------------------------------------------------- bad documents: refused by both

    static Stream<Arguments> badDocuments() {
        String client = "\"clients\": [{\"id\": \"c\", \"name\": \"Ada\"}]";
        String consent = client + ", \"consents\": [{\"id\": \"k\", \"clientId\": \"c\", \"status\": \"granted\", "
                + "\"permissions\": [\"share\"], ";
        return Stream.of(
                Arguments.of("post", "[1, 2]", "must be a JSON object"),
                Arguments.of("post", "{}", "a post needs text or at least one image"),
                Arguments.of("post", "{\"text\": \"\"}", "a post needs text or at least one image"),
                Arguments.of("post", "{\"images\": []}", "a post needs text or at least one image"),
                Arguments.of("post", "{\"text\": 42}", "text: must be a string"),
                Arguments.of("post", "{\"text\": \"hi\", \"subject\": [\"c-1\"]}", "subject: is not a field"),
                Arguments.of("post", "{\"text\": \"hi\", \"id\": \" \"}", "id: must not be blank"),
                Arguments.of("post", "{\"text\": \"hi\", \"images\": [\" \"]}", "images[0]"),
                Arguments.of("post", "{\"text\": \"hi\", \"images\": [7]}", "images[0]: must be a file path or an object"),
                Arguments.of("post", "{\"text\": \"hi\", \"images\": [{\"data\": \"iVBORw0K\"}]}", "images[0].name: is required"),
                Arguments.of("post", "{\"text\": \"hi\", \"images\": [{\"name\": \"a.png\", \"data\": \"not base64!\"}]}",
                        "images[0].data: is not base64"),
                Arguments.of("post", "{\"text\": \"hi\", \"images\": [{\"name\": \"a.png\", \"data\": \"iVBORw0K\", "
                        + "\"type\": \"png\"}]}", "images[0].type: is not a field"),
                Arguments.of("post", "{\"text\": \"hi\", \"purpose\": \"newsletter\"}", "purpose: must be one of"),
                Arguments.of("post", "{\"text\": \"hi\", \"channel\": \"Instagram\"}", "channel: must be a lower-case"),
                Arguments.of("post", "{\"text\": \"hi\", \"audience\": {\"kind\": \"friends\"}}", "audience.kind"),
                Arguments.of("post", "{\"text\": \"hi\", \"audience\": {\"kind\": \"public\", \"members\": [\"s\"]}}",
                        "audience.members: only a group"),
                Arguments.of("post", "{\"text\": \"hi\", \"audience\": {\"groupName\": \"Team\"}}",
                        "audience.groupName: only a group"),
                Arguments.of("post", "{\"text\": \"hi\", \"author\": {\"account\": \"private\"}}", "author.account"),
                Arguments.of("post", "{\"text\": \"hi\", \"author\": {\"name\": \"Bo\"}}", "author.name: is not a field"),
                Arguments.of("post", "{\"text\": \"hi\", \"createdAt\": \"yesterday\"}", "createdAt: must be an ISO-8601"),
                Arguments.of("post", "{\"text\": \"hi\", \"createdAt\": \"2026-11-21\"}", "createdAt: must be an ISO-8601"),
                Arguments.of("post", "{\"text\": \"hi\", \"locale\": \"en_GB!\"}", "locale: must be a BCP 47"),
                Arguments.of("post", "{\"text\": \"hi\", \"subjects\": \"c-1\"}", "subjects: must be a list"),
                Arguments.of("post", "{\"text\": \"hi\", \"subjects\": [\"\"]}", "subjects[0]: must not be blank"),
                Arguments.of("post", "{\"text\": \"hi\", \"inReplyTo\": 7}", "inReplyTo: must be a string"),
                Arguments.of("context", "{\"patients\": []}", "patients: is not a field"),
                Arguments.of("context", "[]", "must be a JSON object"),
                Arguments.of("context", "{\"clients\": [{\"name\": \"Ada\"}]}", "clients[0].id: is required"),
                Arguments.of("context", "{\"clients\": [{\"id\": \"c\"}]}", "clients[0].name: is required"),
                Arguments.of("context", "{\"clients\": [\"c\"]}", "clients[0]: must be a JSON object"),
                Arguments.of("context", "{\"clients\": [{\"id\": \"c\", \"name\": \"A\", \"dob\": \"2000-01-01\"}]}",
                        "clients[0].dob: is not a field"),
                Arguments.of("context", "{\"clients\": [{\"id\": \"c\", \"name\": \"A\", \"dateOfBirth\": \"02/04/1988\"}]}",
                        "clients[0].dateOfBirth: must be an ISO-8601 date"),
                Arguments.of("context", "{\"staff\": [{\"id\": \"s\", \"name\": \"B\", \"handles\": [\"\"]}]}",
                        "staff[0].handles[0]: must not be blank"),
                Arguments.of("context", "{\"organisation\": {\"phone\": \"0191\"}}", "organisation.phone: is not a field"),
                Arguments.of("context", "{\"organisation\": {\"timeZone\": \" \"}}", "organisation.timeZone"),
                Arguments.of("context", "{" + client + ", \"consents\": [{\"id\": \"k\", \"clientId\": \"c\", "
                        + "\"status\": \"maybe\"}]}", "consents[0].status: must be granted or refused"),
                Arguments.of("context", "{" + client + ", \"consents\": [{\"id\": \"k\", \"clientId\": \"c\", "
                        + "\"status\": \"granted\"}]}", "consents[0].permissions: a granted consent lists"),
                Arguments.of("context", "{" + client + ", \"consents\": [{\"id\": \"k\", \"status\": \"refused\"}]}",
                        "consents[0].clientId: is required"),
                Arguments.of("context", "{" + consent + "\"permissions2\": []}]}", "permissions2: is not a field"),
                Arguments.of("context", "{" + client + ", \"consents\": [{\"id\": \"k\", \"clientId\": \"c\", "
                        + "\"status\": \"granted\", \"permissions\": [\"publish\"]}]}", "consents[0].permissions[0]"),
                Arguments.of("context", "{" + consent + "\"channels\": [\"Instagram\"]}]}", "consents[0].channels[0]"),
                Arguments.of("context", "{" + consent + "\"purposes\": [\"newsletter\"]}]}", "consents[0].purposes[0]"),
                Arguments.of("context", "{" + consent + "\"maxUses\": 0}]}", "consents[0].maxUses: must be at least 1"),
                Arguments.of("context", "{" + consent + "\"maxUses\": \"3\"}]}", "consents[0].maxUses: must be a whole"),
                Arguments.of("context", "{" + consent + "\"validFrom\": \"2026-13-45x\"}]}", "consents[0].validFrom"),
                Arguments.of("context", "{" + consent + "\"evidence\": {\"kind\": \"oral\"}}]}",
                        "consents[0].evidence.kind: must be written, electronic or verbal"),
                Arguments.of("context", "{" + consent + "\"evidence\": {\"reference\": \"f-1\"}}]}",
                        "consents[0].evidence.kind: is required"),
                Arguments.of("context", "{" + consent + "\"guardian\": {\"name\": \"Eve\"}}]}",
                        "consents[0].guardian.relationship: is required"),
                Arguments.of("context", "{" + consent + "\"revokedAt\": \"last week\"}]}", "consents[0].revokedAt"),
                Arguments.of("context", "{" + consent + "\"maxUses\": 1}], \"uses\": [{\"consentId\": \"k\", "
                        + "\"postId\": \"p\", \"channel\": \"x\"}]}", "uses[0].at: is required"),
                Arguments.of("context", "{" + client + ", \"engagements\": [{\"clientId\": \"c\", \"channel\": \"x\", "
                        + "\"at\": \"2026-01-01T00:00:00Z\", \"public\": \"yes\"}]}", "engagements[0].public"),
                Arguments.of("context", "{" + client + ", \"engagements\": [{\"clientId\": \"c\", \"channel\": \"x\"}]}",
                        "engagements[0].at: is required"),
                Arguments.of("policy", "{\"thresholds\": 0.5}", "thresholds: is not a field"),
                Arguments.of("policy", "{\"severities\": {\"FACES\": \"LOW\"}}", "severities.FACES: is not a finding type"),
                Arguments.of("policy", "{\"severities\": {\"FACE\": \"CRITICAL\"}}", "severities.FACE: must be HIGH"),
                Arguments.of("policy", "{\"severities\": {\"DETECTOR_FAILURE\": \"LOW\"}}",
                        "severities.DETECTOR_FAILURE: cannot be set below MEDIUM"),
                Arguments.of("policy", "{\"severities\": [\"FACE\"]}", "severities: must be a JSON object"),
                Arguments.of("policy", "{\"disabledDetectors\": \"faces\"}", "disabledDetectors: must be a list"),
                Arguments.of("policy", "{\"disabledDetectors\": [\"\"]}", "disabledDetectors[0]: must not be blank"),
                Arguments.of("policy", "{\"minConfidence\": 1.5}", "minConfidence: must be between 0 and 1"),
                Arguments.of("policy", "{\"minConfidence\": \"high\"}", "minConfidence: must be a number"),
                Arguments.of("policy", "{\"coolingOffDays\": -1}", "coolingOffDays: must be at least 0"),
                Arguments.of("policy", "{\"coolingOffDays\": 4000}", "coolingOffDays: must be at most 3650"),
                Arguments.of("policy", "{\"detectorTimeoutMillis\": 0}", "detectorTimeoutMillis: must be at least 1"),
                Arguments.of("policy", "{\"remediationTimeoutMillis\": 0}", "remediationTimeoutMillis: must be at least 1"),
                Arguments.of("policy", "{\"limits\": {\"maxTextChars\": 0}}", "limits.maxTextChars: must be at least 1"),
                Arguments.of("policy", "{\"limits\": {\"maxPixels\": 5}}", "limits.maxPixels: is not a field"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badDocuments")
    void badDocument_refusedByTheSchemaAndByTheReader(String format, String json, String reason) {
        JsonNode doc = JsonText.parse(json, format + ".json");
        assertThat(errors(format, doc)).as("the schema refuses it").isNotEmpty();
        var thrown = assertThatThrownBy(() -> read(format, doc, format + ".json"))
                .isInstanceOf(JsonInputException.class).hasMessageStartingWith(format + ".json: ");
        if (reason != null) {
            thrown.hasMessageContaining(reason);
        }
    }
}
