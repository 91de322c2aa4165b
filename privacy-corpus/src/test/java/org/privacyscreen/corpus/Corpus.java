package org.privacyscreen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.Verdict;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.PostJson;

/**
 * A labelled set on the test class path: {@code <set>/<practice>.jsonl} (one labelled post a line) and
 * {@code <set>/contexts/<practice>.json} (that practice's CRM in the context JSON of CONTRACT.md), both read
 * with the library's own readers (privacy-json). The sets are listed in {@link LabelledSet}.
 *
 * @param practices each practice's context, by name
 * @param posts     every labelled post, file by file in name order, line by line
 */
record Corpus(Map<String, ContextJson.Practice> practices, List<LabelledPost> posts) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LINE = Set.of("id", "practice", "country", "theme", "post", "expect");
    private static final Set<String> EXPECT = Set.of("verdict", "types", "absent", "allow");

    /** Reads a labelled set from the class path ({@code src/test/resources/<set>}). */
    static Corpus load(LabelledSet set) {
        URL root = Corpus.class.getClassLoader().getResource(set.dir());
        if (root == null) {
            throw new IllegalStateException("no " + set.dir() + "/ on the class path");
        }
        try {
            return load(Path.of(root.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Corpus load(Path dir) {
        Map<String, ContextJson.Practice> practices = new LinkedHashMap<>();
        List<LabelledPost> posts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : list(dir, ".jsonl")) {
            String practice = file.getFileName().toString().replace(".jsonl", "");
            Path context = dir.resolve("contexts").resolve(practice + ".json");
            practices.put(practice, ContextJson.read(read(context), "contexts/" + practice + ".json"));
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String where = file.getFileName() + ":" + (i + 1);
                LabelledPost p = labelled(parse(lines.get(i), where), where);
                if (!p.practice().equals(practice)) {
                    throw new IllegalArgumentException(where + ": practice " + p.practice() + " in file " + practice);
                }
                if (!ids.add(p.id())) {
                    throw new IllegalArgumentException(where + ": duplicate id " + p.id());
                }
                posts.add(p);
            }
        }
        return new Corpus(practices, List.copyOf(posts));
    }

    private static LabelledPost labelled(JsonNode node, String where) {
        Json f = Json.of(node, where, LINE);
        String id = f.str("id");
        Json e = f.object("expect", EXPECT).orElseThrow(() -> new IllegalArgumentException(where + ": no expect"));
        Expectation expect = new Expectation(Verdict.valueOf(e.str("verdict")), types(e, "types"),
                types(e, "absent"), types(e, "allow"));
        Post post = post(node.get("post"), id, where);
        return new LabelledPost(id, f.str("practice"), f.str("country"), f.str("theme"), post, expect);
    }

    /** Post JSON through the library's own reader, text only; the corpus id is the post's id. */
    private static Post post(JsonNode node, String id, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": post must be an object");
        }
        if (node.has("images") || node.has("id")) {
            throw new IllegalArgumentException(where + ": a corpus post has text only and takes the line's id");
        }
        ObjectNode withId = ((ObjectNode) node.deepCopy()).put("id", id);
        return PostJson.read(withId, Path.of("."), where + ": post");
    }

    private static Set<FindingType> types(Json e, String field) {
        Set<FindingType> out = EnumSet.noneOf(FindingType.class);
        for (String t : e.strings(field)) {
            out.add(FindingType.valueOf(t));
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String line, String where) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
