package org.privacyscreen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Audience;
import org.privacyscreen.Author;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.Purpose;
import org.privacyscreen.Verdict;

/**
 * The corpus on the test class path: {@code corpus/<practice>.jsonl} (one labelled post a line) and
 * {@code corpus/contexts/<practice>.json} (that practice's CRM, in the CLI's context JSON).
 *
 * @param practices each practice's context, by name
 * @param posts     every labelled post, file by file in name order, line by line
 */
record Corpus(Map<String, PracticeContext> practices, List<LabelledPost> posts) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LINE = Set.of("id", "practice", "country", "theme", "post", "expect");
    private static final Set<String> EXPECT = Set.of("verdict", "types", "absent", "allow");
    private static final Set<String> POST = Set.of("id", "text", "channel", "purpose", "audience", "author",
            "subjects", "inReplyTo", "createdAt", "locale");
    private static final Set<String> AUDIENCE = Set.of("kind", "members", "groupName");
    private static final Set<String> AUTHOR = Set.of("id", "account");

    /** Reads the corpus from the class path (it lives in {@code src/test/resources/corpus}). */
    static Corpus load() {
        URL root = Corpus.class.getClassLoader().getResource("corpus");
        if (root == null) {
            throw new IllegalStateException("no corpus/ on the class path");
        }
        try {
            return load(Path.of(root.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Corpus load(Path dir) {
        Map<String, PracticeContext> practices = new LinkedHashMap<>();
        List<LabelledPost> posts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : list(dir, ".jsonl")) {
            String practice = file.getFileName().toString().replace(".jsonl", "");
            Path context = dir.resolve("contexts").resolve(practice + ".json");
            practices.put(practice, PracticeContext.read(read(context), "contexts/" + practice + ".json"));
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
        Post post = post(f.object("post", POST).orElseThrow(() -> new IllegalArgumentException(where + ": no post")),
                id);
        return new LabelledPost(id, f.str("practice"), f.str("country"), f.str("theme"), post, expect);
    }

    private static Set<FindingType> types(Json e, String field) {
        Set<FindingType> out = EnumSet.noneOf(FindingType.class);
        for (String t : e.strings(field)) {
            out.add(FindingType.valueOf(t));
        }
        return out;
    }

    /** Post JSON as CONTRACT.md has it, text only. The post's id is the corpus id unless it gives its own. */
    private static Post post(Json f, String id) {
        Post.Builder b = Post.builder().id(f.optStr("id").orElse(id)).text(f.str("text"));
        f.optStr("channel").ifPresent(b::channel);
        f.optStr("purpose").ifPresent(p -> b.purpose(Purpose.fromWireName(p).orElseThrow(() ->
                new IllegalArgumentException(f.where() + ".purpose: unknown " + p))));
        f.object("audience", AUDIENCE).ifPresent(a -> b.audience(audience(a)));
        f.object("author", AUTHOR).ifPresent(a -> b.author(new Author(a.optStr("id"),
                switch (a.optStr("account").orElse("official")) {
                    case "official" -> AccountKind.OFFICIAL;
                    case "personal" -> AccountKind.PERSONAL;
                    default -> throw new IllegalArgumentException(a.where() + ".account: official or personal");
                })));
        b.subjects(f.strings("subjects"));
        f.optStr("inReplyTo").ifPresent(b::inReplyTo);
        f.instant("createdAt").ifPresent(b::createdAt);
        f.optStr("locale").ifPresent(l -> {
            try {
                b.locale(new Locale.Builder().setLanguageTag(l).build());
            } catch (IllformedLocaleException ex) {
                throw new IllegalArgumentException(f.where() + ".locale: " + l, ex);
            }
        });
        return b.build();
    }

    private static Audience audience(Json a) {
        Audience.Kind kind = Audience.Kind.valueOf(a.optStr("kind").orElse("public").toUpperCase(Locale.ROOT));
        return new Audience(kind, a.strings("members"), a.optStr("groupName"));
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
