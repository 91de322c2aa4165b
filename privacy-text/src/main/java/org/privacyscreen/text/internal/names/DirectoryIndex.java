package org.privacyscreen.text.internal.names;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.text.internal.analysis.HandleForms;
import org.privacyscreen.text.internal.analysis.Lexicons;
import org.privacyscreen.text.normalise.NormalisedText;

/**
 * What the name and handle detectors derive from a client directory: name token sequences, first names, aliases,
 * nicknames, surnames and handles, folded the way post text is, plus a deletion index for one-typo matches. Built
 * once per directory instance and version. Immutable.
 */
public final class DirectoryIndex {
    /** Tokens of length at least this match with one typo. */
    public static final int FUZZY_MIN = 5;

    public enum Kind { FULL, ALIAS, FIRST, NICKNAME, SURNAME }

    /** One way a person is named. */
    public record Ref(Person person, Kind kind, String[] tokens) {
    }

    /** Per directory instance (weakly held, so a host's discarded directories go), rebuilt when the version moves. */
    private static final Map<ClientDirectory, Cached> CACHE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Sequences of two or more tokens, by their first token. */
    public final Map<String, List<Ref>> sequences = new HashMap<>();
    /** Single tokens that name someone alone: first names, one-word aliases and nicknames. */
    public final Map<String, List<Ref>> singles = new HashMap<>();
    /** Last names, matched after an honorific. */
    public final Map<String, List<Ref>> surnames = new HashMap<>();
    /** Handles, lower case without the '@', raw and folded. */
    public final Map<String, Person> handles = new HashMap<>();
    public final Set<String> staffTokens = new HashSet<>();
    public final Set<String> orgTokens = new HashSet<>();
    private final Map<String, Set<String>> deletions = new HashMap<>();
    /** Joined full names by their first three letters. */
    private final Map<String, List<JoinedName>> joined = new HashMap<>();
    /** Staff first names, their nicknames and their first three or more letters ("Kath", "Ben"). */
    private final Set<String> staffShortForms = new HashSet<>();
    /** Clients by date of birth. */
    private final Map<LocalDate, List<Person>> clientsBornOn = new HashMap<>();
    private final int longestToken;
    /** near() answers by word: posts repeat words, and the deletion look-up is the costly part of matching. */
    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> nearCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    private DirectoryIndex(ClientDirectory directory) {
        Lexicons lex = Lexicons.get();
        for (Person p : directory.people()) {
            String[] name = tokens(p.name());
            if (name.length == 0) {
                continue;
            }
            if (name.length >= 2) {
                add(sequences, name[0], new Ref(p, Kind.FULL, name));
                if (name.length > 2) {
                    add(sequences, name[0], new Ref(p, Kind.FULL, new String[] {name[0], name[name.length - 1]}));
                }
                add(surnames, name[name.length - 1], new Ref(p, Kind.SURNAME, new String[] {name[name.length - 1]}));
            }
            add(singles, name[0], new Ref(p, Kind.FIRST, new String[] {name[0]}));
            for (String nick : lex.nicknamesFor.getOrDefault(name[0], Set.of())) {
                add(singles, nick, new Ref(p, Kind.NICKNAME, new String[] {nick}));
            }
            for (String alias : p.aliases()) {
                String[] a = tokens(alias);
                if (a.length == 1) {
                    add(singles, a[0], new Ref(p, Kind.ALIAS, a));
                } else if (a.length > 1) {
                    add(sequences, a[0], new Ref(p, Kind.ALIAS, a));
                }
                if (p.isStaff()) {
                    staffTokens.addAll(List.of(a));
                }
            }
            if (p.isStaff()) {
                staffTokens.addAll(List.of(name));
            }
            for (String h : p.handles()) {
                for (String form : HandleForms.of(h)) {
                    handles.putIfAbsent(form, p);
                }
            }
        }
        Organisation org = directory.organisation();
        orgTokens.addAll(List.of(tokens(org.name())));
        int longest = 0;
        for (String key : allNameTokens()) {
            longest = Math.max(longest, key.length());
            if (key.length() >= FUZZY_MIN) {
                for (String d : deletes(key)) {
                    deletions.computeIfAbsent(d, k -> new HashSet<>()).add(key);
                }
                deletions.computeIfAbsent(key, k -> new HashSet<>()).add(key);
            }
        }
        this.longestToken = longest;
        for (Person p : directory.people()) {
            String[] name = tokens(p.name());
            if (name.length >= 2) {
                String last = name[name.length - 1];
                addJoined(p, name);
                addJoined(p, name[0], last);
                for (String nick : lex.nicknamesFor.getOrDefault(name[0], Set.of())) {
                    addJoined(p, nick, last);
                }
                for (String alias : p.aliases()) {
                    String[] al = tokens(alias);
                    if (al.length == 1) {
                        addJoined(p, al[0], last);
                    } else if (al.length > 1) {
                        addJoined(p, al);
                    }
                }
            }
            if (p.isStaff() && name.length > 0) {
                for (int k = 3; k <= name[0].length(); k++) {
                    staffShortForms.add(name[0].substring(0, k));
                }
                staffShortForms.addAll(lex.nicknamesFor.getOrDefault(name[0], Set.of()));
            }
        }
        for (Person p : directory.people()) {
            if (p.isClient() && p.dateOfBirth().isPresent()) {
                clientsBornOn.computeIfAbsent(p.dateOfBirth().get(), d -> new ArrayList<>()).add(p);
            }
        }
    }

    /** A person's name written as one word, as in a hashtag or a handle: "trevorhuxtable", "gordiepetrie". */
    public record JoinedName(String joined, Person person) {
    }

    /** The joined names that start at {@code from} and end by {@code to} in {@code lower} (lower-case letters). */
    public List<JoinedName> joinedAt(String lower, int from, int to) {
        if (from + 3 > to) {
            return List.of();
        }
        List<JoinedName> candidates = joined.get(lower.substring(from, from + 3));
        if (candidates == null) {
            return List.of();
        }
        List<JoinedName> out = new ArrayList<>(1);
        for (JoinedName j : candidates) {
            if (from + j.joined().length() <= to && lower.startsWith(j.joined(), from)) {
                out.add(j);
            }
        }
        return out;
    }

    private void addJoined(Person p, String... parts) {
        String j = String.join("", parts);
        if (j.length() >= 6) {
            List<JoinedName> list = joined.computeIfAbsent(j.substring(0, 3), k -> new ArrayList<>());
            for (JoinedName x : list) {
                if (x.joined().equals(j) && x.person().id().equals(p.id())) {
                    return;
                }
            }
            list.add(new JoinedName(j, p));
        }
    }

    /** Whether {@code word} names a staff member: a token of a staff name, a nickname or a short form of one. */
    public boolean staffLike(String word) {
        return staffTokens.contains(word) || staffShortForms.contains(word);
    }

    /** The clients born on {@code date}. */
    public List<Person> clientsBornOn(LocalDate date) {
        return clientsBornOn.getOrDefault(date, List.of());
    }

    public static DirectoryIndex of(ClientDirectory directory) {
        long version = directory.version();
        Cached c = CACHE.get(directory);
        if (c != null && c.version == version) {
            return c.index;
        }
        DirectoryIndex index = new DirectoryIndex(directory);
        CACHE.put(directory, new Cached(version, index));
        return index;
    }

    private record Cached(long version, DirectoryIndex index) {
    }

    /** The folded, lower-case word tokens of a name as the letters view would give them. */
    public static String[] tokens(String name) {
        String folded = NormalisedText.of(name).lettersLower();
        List<String> out = new ArrayList<>();
        for (String t : folded.split("[^\\p{L}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out.toArray(String[]::new);
    }

    private Set<String> allNameTokens() {
        Set<String> all = new HashSet<>(singles.keySet());
        all.addAll(surnames.keySet());
        for (List<Ref> refs : sequences.values()) {
            for (Ref r : refs) {
                all.addAll(List.of(r.tokens()));
            }
        }
        return all;
    }

    /** Name tokens equal to {@code word} or one typo away (for words of at least {@link #FUZZY_MIN} letters). */
    public Set<String> near(String word) {
        if (word.length() < FUZZY_MIN || word.length() > longestToken + 1) {
            return Set.of(); // a word longer than every name by two letters is no name with one typo
        }
        Set<String> cached = nearCache.get(word);
        if (cached != null) {
            return cached;
        }
        if (nearCache.size() > 100_000) {
            nearCache.clear();
        }
        Set<String> found = computeNear(word);
        nearCache.put(word, found);
        return found;
    }

    private Set<String> computeNear(String word) {
        Set<String> out = new HashSet<>();
        Set<String> direct = deletions.get(word);
        if (direct != null) {
            out.addAll(direct);
        }
        for (String d : deletes(word)) {
            Set<String> s = deletions.get(d);
            if (s != null) {
                out.addAll(s);
            }
        }
        out.removeIf(k -> k.length() < FUZZY_MIN || distance(word, k) > 1);
        return out.isEmpty() ? Set.of() : Set.copyOf(out);
    }

    /** Whether a name token matches a word exactly (0), with one typo (1), or not at all (-1). */
    public int match(String nameToken, String word) {
        if (nameToken.equals(word)) {
            return 0;
        }
        if (nameToken.length() < FUZZY_MIN || Math.abs(nameToken.length() - word.length()) > 1) {
            return -1;
        }
        // near() is cached per word: a set look-up instead of an edit distance per candidate
        return word.length() >= FUZZY_MIN ? (near(word).contains(nameToken) ? 1 : -1)
                : (distance(nameToken, word) <= 1 ? 1 : -1);
    }

    private static List<String> deletes(String w) {
        List<String> out = new ArrayList<>(w.length());
        for (int i = 0; i < w.length(); i++) {
            out.add(w.substring(0, i) + w.substring(i + 1));
        }
        return out;
    }

    /** Optimal string alignment distance (a transposition counts one). */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return 2;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    private static void add(Map<String, List<Ref>> map, String key, Ref ref) {
        List<Ref> refs = map.computeIfAbsent(key, k -> new ArrayList<>());
        for (Ref r : refs) {
            if (r.person().id().equals(ref.person().id()) && r.kind() == ref.kind()
                    && java.util.Arrays.equals(r.tokens(), ref.tokens())) {
                return;
            }
        }
        refs.add(ref);
    }
}
