package org.privacyscreen.text.internal.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.Token;

/**
 * The grammar of a health event told about someone: a verb frame ("was diagnosed with", "is recovering from",
 * "started on", "tested positive for", "is in remission", "had her gallbladder out") and what follows it. A frame
 * makes its sentence about a person's health; a strong frame also makes its object a health detail when the
 * vocabulary does not know it ("diagnosed with Kienböck's", "had a cyst-like lump removed").
 */
public final class HealthFrames {
    /** Frames whose object is a health detail whatever it is. */
    private static final Map<String, List<String[]>> STRONG = frames("diagnosed with", "diagnosed", "diagnosis of",
            "prescribed", "tested positive for", "treated for", "being treated for", "referred for", "referred to",
            "admitted with", "admitted for", "operated on for", "scheduled for surgery on", "in remission from");
    /** Frames that are a health detail by themselves: "she's been clean for a year", "he relapsed". */
    private static final Map<String, List<String[]>> SELF = frames("been clean", "clean for", "clean and sober", "been sober",
            "in remission", "relapsed", "in recovery", "rang the bell", "went into labour", "went into labor",
            "waters broke", "passed away", "lost her battle", "lost his battle", "on the transplant list",
            "in intensive care", "in icu", "on dialysis", "on oxygen", "on a drip", "on end of life care");
    /** Frames that make the sentence about someone's health when a health term or a person is in it. */
    private static final Map<String, List<String[]>> WEAK = frames("recovering from", "recovered from", "recovery from",
            "suffering from", "suffers from", "suffered from", "living with", "struggling with", "battling",
            "going through", "started on", "put on", "switched to", "came off", "coming off", "weaned off",
            "off sick", "off with", "back after", "home after", "out of hospital", "in hospital", "post op", "post-op", "waiting for", "booked in for",
            "in for", "had her", "had his", "had their", "has had", "finished her", "finished his", "finishes",
            "first session", "last session", "her own recovery", "his own recovery");
    /** After "had her/his/their X": the verbs of a procedure done to someone. */
    private static final Set<String> DONE = Set.of("removed", "out", "fitted", "done", "replaced", "amputated",
            "drained", "stitched", "lanced", "repaired", "reset", "set", "pulled", "extracted", "taken", "frozen",
            "burned", "cut", "checked", "scanned", "treated", "operated", "pinned", "plated", "cast", "syringed");
    /** Words that end an object. */
    private static final Set<String> OBJECT_END = Set.of("and", "but", "so", "because", "today", "yesterday",
            "tomorrow", "last", "this", "next", "on", "at", "in", "since", "after", "before", "when", "while", "who",
            "which", "that", "thanks", "thank", "we", "she", "he", "they", "i", "is", "was", "has", "had");
    private static final Set<String> NOT_OBJECTS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "the", "a", "an", "it", "us", "me", "you", "reception", "team", "staff", "time",
            "holiday", "leave", "week", "weekend", "day", "month", "year", "work", "shift");

    /** A frame found: its sentence, its tokens, and the object of a strong frame (null when none). */
    public record Frame(int sentence, Token first, Token last, boolean strong, Token objectFirst, Token objectLast) {
    }

    private HealthFrames() {
    }

    /** The phrases as words, by their first word: a sentence's words are looked up, not compared with each. */
    private static Map<String, List<String[]>> frames(String... phrases) {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String p : phrases) {
            String[] words = p.split("[ -]");
            out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        return Map.copyOf(out);
    }

    /** The frames in sentence {@code s}. */
    public static List<Frame> in(TextAnalysis a, int s) {
        List<Frame> out = new ArrayList<>(1);
        List<Token> words = new ArrayList<>();
        for (int i = a.sentenceFirst(s); i < a.sentenceEnd(s); i++) {
            if (a.token(i).word()) {
                words.add(a.token(i));
            }
        }
        for (int w = 0; w < words.size(); w++) {
            int strong = match(STRONG, words, w);
            if (strong > 0) {
                Token[] object = object(a, words, w + strong);
                out.add(new Frame(s, words.get(w), words.get(w + strong - 1), true, object[0], object[1]));
                w += strong - 1;
                continue;
            }
            int self = match(SELF, words, w);
            if (self > 0) {
                Token last = words.get(w + self - 1);
                out.add(new Frame(s, words.get(w), last, true, words.get(w), last));
                w += self - 1;
                continue;
            }
            Frame had = hadDone(a, words, w, s);
            if (had != null) {
                out.add(had);
                continue;
            }
            int weak = match(WEAK, words, w);
            if (weak > 0) {
                out.add(new Frame(s, words.get(w), words.get(w + weak - 1), false, null, null));
                w += weak - 1;
            }
        }
        return out;
    }

    /** "had her gallbladder out", "had a mole removed", "getting his stitches out": the thing is the object. */
    private static Frame hadDone(TextAnalysis a, List<Token> words, int w, int s) {
        Token t = words.get(w);
        if (!(t.is("had") || t.is("having") || t.is("getting") || t.is("got") || t.is("has"))) {
            return null;
        }
        for (int k = w + 2; k < Math.min(words.size(), w + 6); k++) {
            if (DONE.contains(words.get(k).lower())) {
                Token[] object = object(a, words, w + 1);
                if (object[0] == null || object[0].index() >= words.get(k).index()) {
                    return null;
                }
                return new Frame(s, t, words.get(k), true, object[0], words.get(k - 1));
            }
            if (OBJECT_END.contains(words.get(k).lower())) {
                return null;
            }
        }
        return null;
    }

    /** The object after a frame: up to four words, stopping at a conjunction, a time word or a clause. */
    private static Token[] object(TextAnalysis a, List<Token> words, int from) {
        int i = from;
        while (i < words.size() && (words.get(i).is("a") || words.get(i).is("an") || words.get(i).is("her")
                || words.get(i).is("his") || words.get(i).is("their") || words.get(i).is("the")
                || words.get(i).is("some") || words.get(i).is("my") || words.get(i).is("both"))) {
            i++;
        }
        Token first = null;
        Token last = null;
        for (int k = i; k < Math.min(words.size(), i + 4); k++) {
            Token x = words.get(k);
            if (OBJECT_END.contains(x.lower()) || k > i && !adjacentWords(a, words.get(k - 1), x)) {
                break;
            }
            if (first == null && NOT_OBJECTS.contains(x.lower())) {
                return new Token[2];
            }
            if (first == null) {
                first = x;
            }
            last = x;
        }
        return new Token[] {first, last};
    }

    /** Two words with only a space, a hyphen or an apostrophe between them (no comma, no full stop). */
    private static boolean adjacentWords(TextAnalysis a, Token x, Token y) {
        for (int i = x.index() + 1; i < y.index(); i++) {
            String p = a.token(i).text();
            if (!p.equals("-") && !p.equals("'") && !p.equals("’")) {
                return false;
            }
        }
        return true;
    }

    private static int match(Map<String, List<String[]>> frames, List<Token> words, int w) {
        int best = 0;
        for (String[] f : frames.getOrDefault(words.get(w).lower(), List.of())) {
            if (f.length > best && w + f.length <= words.size()) {
                boolean ok = true;
                for (int j = 0; j < f.length && ok; j++) {
                    ok = words.get(w + j).is(f[j]);
                }
                if (ok) {
                    best = f.length;
                }
            }
        }
        return best;
    }
}
