package org.privacyscreen.text.internal.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.text.internal.analysis.Lexicons;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.Token;

/**
 * The people a post names: known clients, staff (never findings, but they keep the unknown-name search quiet) and
 * people the directory does not know. Computed once per post and shared by the name, health, minor and
 * quasi-identifier detectors.
 */
public final class NameMentions {
    public static final SharedKey<NameMentions> KEY = SharedKey.of("text.mentions");

    public enum Who { CLIENT, STAFF, UNKNOWN }

    /**
     * One mention.
     *
     * @param start      original start
     * @param end        original end (exclusive)
     * @param first      first token
     * @param last       last token
     * @param who        client, staff or unknown
     * @param person     the person, when exactly one is meant
     * @param confidence how sure
     * @param full       whether a full name (or honorific and surname) rather than a bare first name
     */
    public record Mention(int start, int end, Token first, Token last, Who who, Optional<Person> person, double confidence,
                   boolean full) {
        public int sentence() {
            return first.sentence();
        }
    }

    public static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "master", "sir",
            "dame", "nurse", "auntie", "uncle");
    private static final Set<String> CUE_BEFORE = Set.of("thank", "thanks", "thankyou", "meet", "welcome", "hi",
            "hello", "hey", "dear", "congratulations", "congrats", "cheers", "bravo", "kudos", "call", "ring", "text",
            "birthday", "luck", "shoutout", "proud", "visited", "saw", "met", "treated", "discharged", "patient",
            "client");
    private static final Set<String> CUE_TO = Set.of("congratulations", "congrats", "shout", "out", "kudos",
            "thanks", "goes", "back", "goodbye", "farewell", "birthday", "anniversary");
    private static final Set<String> CUE_AFTER = Set.of("is", "has", "was", "had", "will", "did", "smashed",
            "made", "hit", "came", "completed", "finished", "returned", "joined", "said", "says", "told", "got",
            "gets", "just", "finally", "managed", "celebrated", "celebrates", "ran", "walked");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "from", "to", "near", "visit", "visiting",
            "via", "street", "road", "the");
    /** Offices whose holders are public figures when named with them. */
    private static final Set<String> PUBLIC_TITLES = Set.of("premier", "governor", "minister", "secretary",
            "senator", "president", "mayor", "councillor", "councilor", "mp", "mla", "mpp", "td", "taoiseach",
            "tanaiste", "chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice", "sheriff",
            "congressman", "congresswoman", "representative", "commissioner", "ambassador", "archbishop", "bishop",
            "paralympian", "olympian");
    private static final Set<String> TITLE_JOINERS = Set.of("for", "of", "the", "and");
    private static final Set<String> NEWS_VERBS = Set.of("announced", "announces", "signed", "signs", "unveiled",
            "pledged", "launched", "declared", "promised", "tweeted", "confirmed");
    private static final Set<String> TESTIMONIAL_WORDS = Set.of("they", "them", "their", "team", "staff", "clinic",
            "surgery", "practice", "dentist", "doctor", "therapist", "physio", "helped", "recommend", "thank");
    private static final Set<String> ATTRIBUTION = Set.of("said", "says", "wrote", "famously", "once", "put",
            "quoted", "quote");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "christmas", "easter", "god", "jesus", "english",
            "british", "nhs", "covid", "instagram", "facebook", "google", "tiktok", "youtube", "linkedin");

    /** Words that make a capitalised pair a place or an organisation: "Victoria Park", "Florence Hospital". */
    private static final Set<String> PLACE_SUFFIX = Set.of("park", "street", "road", "avenue", "square", "gardens",
            "station", "hospital", "clinic", "centre", "center", "stadium", "arena", "school", "college",
            "university", "academy", "cathedral", "place", "terrace", "crescent", "drive", "close", "marathon",
            "run", "cup", "league", "trophy", "trust", "foundation", "fund", "ltd", "limited", "inc", "llc", "plc",
            "group", "club", "fc", "united", "city", "town", "county", "beach", "bay", "island", "valley",
            "estate", "market", "mall", "pharmacy", "surgery", "practice", "physio", "gym", "studio", "cafe",
            "hotel", "pub", "airport", "library", "museum", "theatre", "theater", "unit", "institute", "day",
            "trail", "ambulance", "hospice", "ave", "lane", "way", "bridge", "church", "chapel", "hall");

    public final TextAnalysis analysis;
    public final List<Mention> all;
    private final List<Mention> people;
    private final List<List<Mention>> peopleBySentence;
    private final List<List<Mention>> staffBySentence;
    private final boolean[] publicBySentence;

    private NameMentions(TextAnalysis analysis, List<Mention> all, List<Mention> publicFigures) {
        this.analysis = analysis;
        this.publicBySentence = new boolean[analysis.sentences()];
        for (Mention m : publicFigures) {
            publicBySentence[m.sentence()] = true;
        }
        this.all = List.copyOf(all);
        this.people = this.all.stream().filter(m -> m.who() != Who.STAFF).toList();
        List<List<Mention>> by = new ArrayList<>(analysis.sentences());
        for (int s = 0; s < analysis.sentences(); s++) {
            by.add(new ArrayList<>(0));
        }
        for (Mention m : people) {
            by.get(m.sentence()).add(m);
        }
        this.peopleBySentence = by;
        List<List<Mention>> staff = new ArrayList<>(analysis.sentences());
        for (int k = 0; k < analysis.sentences(); k++) {
            staff.add(new ArrayList<>(0));
        }
        for (Mention m : this.all) {
            if (m.who() == Who.STAFF && m.person().isPresent()) {
                staff.get(m.sentence()).add(m);
            }
        }
        this.staffBySentence = staff;
    }

    /** Staff members (one person each) named in sentence {@code s}. */
    public List<Mention> staffIn(int s) {
        return staffBySentence.get(s);
    }

    /** Whether sentence {@code s} names a public figure ("Premier Doug Ford", "... announced"). */
    public boolean publicFigureIn(int s) {
        return s >= 0 && s < publicBySentence.length && publicBySentence[s];
    }

    /** Clients and unknown people (not staff), in order. */
    public List<Mention> people() {
        return people;
    }

    /** Clients and unknown people (not staff) named in sentence {@code s}. */
    public List<Mention> peopleIn(int s) {
        return peopleBySentence.get(s);
    }

    public static NameMentions of(ScreeningContext context) {
        return context.shared(KEY, NameMentions::compute);
    }

    public List<Mention> of(Who who) {
        return all.stream().filter(m -> m.who() == who).toList();
    }

    private static NameMentions compute(ScreeningContext context) {
        TextAnalysis a = TextAnalysis.of(context);
        DirectoryIndex index = DirectoryIndex.of(context.directory());
        Post post = context.post();
        Set<String> favoured = new HashSet<>(post.subjects());
        post.inReplyTo().ifPresent(favoured::add);
        post.author().id().ifPresent(favoured::add);
        List<Mention> out = new ArrayList<>();
        boolean[] used = new boolean[a.tokens().size()];
        known(a, index, favoured, post, out, used);
        hashtags(a, index, favoured, out, used);
        List<Mention> publicFigures = new ArrayList<>();
        unknown(a, index, out, used, publicFigures);
        return new NameMentions(a, out, publicFigures);
    }

    // ---- the directory's people ----

    private static void known(TextAnalysis a, DirectoryIndex index, Set<String> favoured, Post post, List<Mention> out,
                              boolean[] used) {
        List<Token> toks = a.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.word() || used[i]) {
                continue;
            }
            // honorific + surname, or honorific + full name
            if (HONORIFICS.contains(t.lower())) {
                Token n = nextWord(a, t, true);
                if (n != null) {
                    Mention seq = sequence(a, index, n, favoured);
                    if (seq != null) {
                        Mention m = widen(a, seq, t);
                        mark(used, m);
                        out.add(m);
                        i = m.last().index();
                        continue;
                    }
                    Mention sur = surname(a, index, t, n, favoured);
                    if (sur != null) {
                        mark(used, sur);
                        out.add(sur);
                        i = sur.last().index();
                        continue;
                    }
                }
            }
            Mention seq = sequence(a, index, t, favoured);
            if (seq != null) {
                mark(used, seq);
                out.add(seq);
                i = seq.last().index();
                continue;
            }
            Mention single = single(a, index, t, favoured, post);
            if (single != null) {
                mark(used, single);
                out.add(single);
            }
        }
    }

    private static Mention widen(TextAnalysis a, Mention m, Token from) {
        int[] span = a.original(from, m.last());
        return new Mention(span[0], span[1], from, m.last(), m.who(), m.person(), m.confidence(), true);
    }

    private static Token nextWord(TextAnalysis a, Token t, boolean allowDot) {
        Token n = a.next(t);
        if (n != null && allowDot && n.kind() == Token.Kind.PUNCT && n.text().equals(".")) {
            n = a.next(n);
        }
        return n != null && n.word() && n.sentence() == t.sentence() ? n : null;
    }

    /** The longest full name or multi-word alias starting at t. */
    private static Mention sequence(TextAnalysis a, DirectoryIndex index, Token t, Set<String> favoured) {
        Set<String> near = index.near(t.lower());
        if (near.isEmpty() && !index.sequences.containsKey(t.lower())) {
            return null;
        }
        Set<String> keys = new HashSet<>(near);
        keys.add(t.lower());
        List<DirectoryIndex.Ref> best = new ArrayList<>();
        Token bestLast = null;
        int bestTypos = 0;
        for (String key : keys) {
            List<DirectoryIndex.Ref> refs = index.sequences.get(key);
            if (refs == null) {
                continue;
            }
            for (DirectoryIndex.Ref r : refs) {
                int typos = index.match(r.tokens()[0], t.lower());
                if (typos < 0) {
                    continue;
                }
                Token cur = t;
                boolean ok = true;
                for (int k = 1; k < r.tokens().length && ok; k++) {
                    Token n = joinedNext(a, cur);
                    if (n == null) {
                        ok = false;
                        break;
                    }
                    int m = index.match(r.tokens()[k], n.lower());
                    if (m < 0) {
                        ok = false;
                    } else {
                        typos += m;
                        cur = n;
                    }
                }
                if (!ok || typos > 1) {
                    continue;
                }
                if (bestLast == null || cur.index() > bestLast.index()
                        || (cur.index() == bestLast.index() && typos < bestTypos)) {
                    best.clear();
                    bestLast = cur;
                    bestTypos = typos;
                }
                if (cur == bestLast && typos == bestTypos) {
                    best.add(r);
                }
            }
        }
        if (bestLast == null) {
            return null;
        }
        double conf = best.get(0).kind() == DirectoryIndex.Kind.FULL ? 0.97 : 0.93;
        return mention(a, t, bestLast, best, favoured, conf - 0.1 * bestTypos, true);
    }

    /**
     * The word after {@code cur} in the same name: after whitespace, or after one joiner with no space around it
     * ("Solberg-Vance", "O'Brien", "Harriet.Okafor", "Harriet_Okafor").
     */
    public static Token joinedNext(TextAnalysis a, Token cur) {
        Token n = a.next(cur);
        if (n == null) {
            return null;
        }
        if (n.word()) {
            return a.adjacent(cur, n) ? n : null;
        }
        // up to three joiners typed together ("Solberg-Vance", "S.o.l.b.e.r.g.-.V.a.n.c.e" once letters are joined)
        Token p = n;
        for (int k = 0; k < 3 && p != null && p.kind() == Token.Kind.PUNCT && "-._'’".contains(p.text())
                && p.start() == (k == 0 ? cur.end() : a.previous(p).end()); k++) {
            Token w = a.next(p);
            if (w != null && w.word() && w.start() == p.end()) {
                return w;
            }
            p = w;
        }
        return null;
    }

    private static Mention surname(TextAnalysis a, DirectoryIndex index, Token honorific, Token n, Set<String> favoured) {
        List<DirectoryIndex.Ref> refs = lookup(index.surnames, index, n.lower());
        if (refs.isEmpty() || !(n.capitalised() || honorific.capitalised())) {
            return null;
        }
        boolean typo = index.surnames.get(n.lower()) == null;
        return mention(a, honorific, n, refs, favoured, typo ? 0.8 : 0.9, true);
    }

    private static List<DirectoryIndex.Ref> lookup(Map<String, List<DirectoryIndex.Ref>> map, DirectoryIndex index,
                                                   String word) {
        List<DirectoryIndex.Ref> exact = map.get(word);
        if (exact != null) {
            return exact;
        }
        List<DirectoryIndex.Ref> out = new ArrayList<>();
        for (String k : index.near(word)) {
            List<DirectoryIndex.Ref> r = map.get(k);
            if (r != null) {
                out.addAll(r);
            }
        }
        return out;
    }

    /** A first name, one-word alias or nickname alone: only where the context points at a person. */
    private static Mention single(TextAnalysis a, DirectoryIndex index, Token t, Set<String> favoured, Post post) {
        List<DirectoryIndex.Ref> refs = lookup(index.singles, index, t.lower());
        if (refs.isEmpty()) {
            return null;
        }
        Token after = a.next(t);
        if (after != null && after.word() && after.capitalised() && a.adjacent(t, after)
                && Lexicons.get().lastNames.contains(after.lower()) && !index.surnames.containsKey(after.lower())) {
            return null; // another person with the same first name: the unknown-name search decides
        }
        boolean typo = index.singles.get(t.lower()) == null;
        boolean isFavoured = refs.stream().anyMatch(r -> favoured.contains(r.person().id()));
        boolean strong = cueBefore(a, t) || vocative(a, t) || isFavoured;
        boolean common = Lexicons.get().commonWords.contains(t.lower());
        boolean accept;
        if (!t.capitalised() && !t.allCaps()) {
            accept = strong && !common && !typo;
        } else if (common) {
            accept = strong || ((!a.sentenceInitial(t) || cueAfter(a, t)) && a.proper(t));
        } else if (a.sentenceInitial(t) && !strong && !cueAfter(a, t)) {
            // a capital at the start of a sentence says little: ask the tagger ("Max capacity" vs "Max ran")
            accept = !typo && a.proper(t);
        } else {
            accept = !typo || strong || cueAfter(a, t);
        }
        if (!accept) {
            return null;
        }
        double conf = strong ? 0.85 : 0.75;
        if (typo) {
            conf -= 0.1;
        }
        boolean nick = refs.stream().allMatch(r -> r.kind() == DirectoryIndex.Kind.NICKNAME);
        if (nick) {
            conf -= 0.1;
        }
        return mention(a, t, t, refs, favoured, conf, false);
    }

    private static Mention mention(TextAnalysis a, Token first, Token last, List<DirectoryIndex.Ref> refs,
                                   Set<String> favoured, double conf, boolean full) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (DirectoryIndex.Ref r : refs) {
            people.putIfAbsent(r.person().id(), r.person());
        }
        List<Person> candidates = new ArrayList<>(people.values());
        List<Person> fav = candidates.stream().filter(p -> favoured.contains(p.id())).toList();
        if (!fav.isEmpty()) {
            candidates = fav;
        }
        Person chosen = null;
        Who who;
        if (candidates.stream().allMatch(Person::isStaff)) {
            who = Who.STAFF;
            chosen = candidates.size() == 1 ? candidates.get(0) : null;
        } else {
            List<Person> clients = candidates.stream().filter(Person::isClient).toList();
            who = Who.CLIENT;
            if (clients.size() == 1) {
                chosen = clients.get(0);
            }
            if (clients.size() != candidates.size() || clients.size() > 1) {
                conf = Math.min(conf, 0.6); // a staff member or several clients share the name
            }
        }
        int[] span = a.original(first, last);
        return new Mention(span[0], span[1], first, last, who, Optional.ofNullable(chosen), conf, full);
    }

    private static void mark(boolean[] used, Mention m) {
        for (int i = m.first().index(); i <= m.last().index(); i++) {
            used[i] = true;
        }
    }

    // ---- context ----

    public static boolean cueBefore(TextAnalysis a, Token t) {
        Token w1 = a.previousWord(t);
        if (w1 == null) {
            return false;
        }
        String p1 = w1.lower();
        Token w2 = a.previousWord(w1);
        String p2 = w2 == null ? "" : w2.lower();
        if (CUE_BEFORE.contains(p1) && !(p1.equals("patient") || p1.equals("client")) || (p1.equals("you")
                && p2.equals("thank"))) {
            return true;
        }
        if (p1.equals("patient") || p1.equals("client") || p1.equals("patients") || p1.equals("clients")) {
            return true;
        }
        return switch (p1) {
            case "done" -> p2.equals("well");
            case "back" -> p2.equals("welcome");
            case "soon" -> p2.equals("well");
            case "to" -> CUE_TO.contains(p2);
            case "of" -> p2.equals("proud");
            case "for" -> p2.equals("ask");
            case "go", "come" -> w2 == null || p2.equals("on");
            default -> false;
        };
    }

    public static boolean cueAfter(TextAnalysis a, Token t) {
        Token n = a.next(t);
        if (n == null) {
            return false;
        }
        if (n.kind() == Token.Kind.PUNCT && (n.text().equals("'") || n.text().equals("’"))) {
            Token s = a.next(n);
            return s != null && s.is("s");
        }
        return n.word() && n.sentence() == t.sentence() && CUE_AFTER.contains(n.lower());
    }

    /** "..., Frank!" or "Frank, ...": a name addressed directly. */
    public static boolean vocative(TextAnalysis a, Token t) {
        Token p = a.previous(t);
        Token n = a.next(t);
        boolean afterComma = p != null && p.kind() == Token.Kind.PUNCT && p.text().equals(",");
        boolean endsClause = n == null || (n.kind() == Token.Kind.PUNCT && "!.?".contains(n.text()));
        boolean startsClause = a.sentenceInitial(t) && n != null && n.kind() == Token.Kind.PUNCT
                && n.text().equals(",");
        return (afterComma && endsClause) || startsClause;
    }

    // ---- names joined in hashtags ----

    /**
     * A client's name joined in a hashtag, CamelCase or lower case, alone or with other words ("#ZaraMitchell",
     * "#trevorhuxtablestrong", "#HappyBirthdayTrevorHuxtable"): the joined forms of the directory's names are looked
     * for at every letter of the tag.
     */
    private static void hashtags(TextAnalysis a, DirectoryIndex index, Set<String> favoured, List<Mention> out,
                                 boolean[] used) {
        String letters = a.letters().text();
        String lower = a.normalised().lettersLower();
        for (Token t : a.tokens()) {
            if (t.kind() != Token.Kind.PUNCT || !(t.text().equals("#") || t.text().equals("＃"))) {
                continue;
            }
            int from = t.end();
            int to = from;
            while (to < letters.length() && Character.isLetterOrDigit(letters.charAt(to))) {
                to++;
            }
            if (to - from < 6) {
                continue;
            }
            int i = from;
            while (i < to) {
                DirectoryIndex.JoinedName best = null;
                for (DirectoryIndex.JoinedName j : index.joinedAt(lower, i, to)) {
                    if (best == null || j.joined().length() > best.joined().length()
                            || favoured.contains(j.person().id()) && j.joined().length() == best.joined().length()) {
                        best = j;
                    }
                }
                if (best == null || best.person().isStaff()) {
                    i++;
                    continue;
                }
                int end = i + best.joined().length();
                int[] span = a.letters().toOriginal(i, end);
                Token first = tokenAt(a, t.index() + 1, i);
                Token last = tokenAt(a, first.index(), end - 1);
                Mention m = new Mention(span[0], span[1], first, last, Who.CLIENT, Optional.of(best.person()), 0.9,
                        true);
                out.add(m);
                mark(used, m);
                i = end;
            }
        }
    }

    /** The token holding letters-view offset {@code offset}, searching forward from token {@code from}. */
    private static Token tokenAt(TextAnalysis a, int from, int offset) {
        Token t = a.token(from);
        while (t.end() <= offset && t.index() + 1 < a.tokens().size()) {
            t = a.token(t.index() + 1);
        }
        return t;
    }

    // ---- people the directory does not know ----

    private static void unknown(TextAnalysis a, DirectoryIndex index, List<Mention> out, boolean[] used,
                                List<Mention> publicFigures) {
        Lexicons lex = Lexicons.get();
        List<Token> toks = a.tokens();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (!t.word() || used[i] || !(t.capitalised() || t.allCaps()) && !HONORIFICS.contains(t.lower())) {
                i++;
                continue;
            }
            // the group of adjacent capitalised words starting at i (at most three)
            List<Token> group = new ArrayList<>();
            Token cur = t;
            while (cur != null && cur.word() && !used[cur.index()] && (cur.capitalised() || cur.allCaps())
                    && group.size() < 4 && (group.isEmpty() || a.adjacent(group.get(group.size() - 1), cur))) {
                group.add(cur);
                cur = a.next(cur);
            }
            if (group.isEmpty()) {
                i++;
                continue;
            }
            Mention m = judge(a, index, lex, group);
            if (m != null && (publicFigure(a, m) || saintOrPlace(a, m))) {
                if (publicFigure(a, m)) {
                    publicFigures.add(m);
                }
                mark(used, m);
                i = m.last().index() + 1;
            } else if (m != null) {
                out.add(m);
                mark(used, m);
                i = m.last().index() + 1;
            } else {
                // judge looked at the group's first name already: the rest of the group is no name either
                i = group.get(group.size() - 1).index() + 1;
            }
        }
    }

    private static Mention judge(TextAnalysis a, DirectoryIndex index, Lexicons lex, List<Token> group) {
        Token first = group.get(0);
        boolean honorific = HONORIFICS.contains(first.lower());
        if (honorific) {
            Token n = nextWord(a, first, true);
            if (n == null || !n.capitalised() || excluded(index, n)) {
                return null;
            }
            Token last = n;
            Token n2 = a.next(n);
            if (n2 != null && n2.word() && n2.capitalised() && a.adjacent(n, n2) && lex.lastNames.contains(n2.lower())) {
                last = n2;
            }
            if (lex.lastNames.contains(last.lower()) || lex.firstNames.contains(n.lower()) || a.proper(n)) {
                return unknownMention(a, first, last, 0.85, true);
            }
            return null;
        }
        // slide to the first token that is a first name
        int s = 0;
        while (s < group.size() && !(lex.firstNames.contains(group.get(s).lower())
                && !CALENDAR.contains(group.get(s).lower()))) {
            s++;
        }
        if (s == group.size()) {
            // no listed first name: a capitalised word right after a strong cue ("Welcome back Priyanka") still is
            Token g = group.get(0);
            Lexicons lx = Lexicons.get();
            if (group.size() <= 2 && cueBefore(a, g) && !lx.commonWords.contains(g.lower()) && !excluded(index, g)
                    && !CALENDAR.contains(g.lower()) && group.stream().noneMatch(x -> PLACE_SUFFIX.contains(x.lower()))
                    && g.text().length() >= 3 && !g.allCaps()) {
                return unknownMention(a, g, group.get(group.size() - 1), 0.6, group.size() > 1);
            }
            return null;
        }
        Token f = group.get(s);
        if (excluded(index, f) || attributed(a, f)) {
            return null;
        }
        boolean fCommon = lex.commonWords.contains(f.lower());
        for (int k = s + 1; k < group.size(); k++) {
            if (PLACE_SUFFIX.contains(group.get(k).lower())) {
                return null;
            }
        }
        Token after = a.next(group.get(group.size() - 1));
        if (after != null && after.word() && PLACE_SUFFIX.contains(after.lower()) && after.capitalised()) {
            return null;
        }
        if (after != null && after.word() && !after.capitalised() && lex.occupations.contains(Lexicons.lemma(after.lower()))) {
            return null; // "a Cole Harbour paramedic": a place or employer before an occupation
        }
        if (s + 1 < group.size()) {
            Token l = group.get(s + 1);
            boolean lCommon = lex.commonWords.contains(l.lower());
            boolean lName = lex.lastNames.contains(l.lower()) || lex.firstNames.contains(l.lower());
            if (!excluded(index, l) && !CALENDAR.contains(l.lower()) && !(fCommon && lCommon)
                    && (lName || (!lCommon && cueBefore(a, f)) || a.proper(l)) && (!fCommon || a.proper(f))) {
                Token last = l;
                if (s + 2 < group.size() && lex.lastNames.contains(group.get(s + 2).lower())
                        && !excluded(index, group.get(s + 2))) {
                    last = group.get(s + 2);
                }
                if (attributed(a, last)) {
                    return null;
                }
                return unknownMention(a, f, last, lName && !fCommon ? 0.8 : 0.7, true);
            }
        }
        // a first name alone
        boolean cue = cueBefore(a, f) || vocative(a, f);
        Token prev = a.previousWord(f);
        boolean place = prev != null && PLACE_WORDS.contains(prev.lower());
        if (fCommon && !cue) {
            return null;
        }
        if (cue) {
            return unknownMention(a, f, f, 0.75, false);
        }
        if (!place && (!a.sentenceInitial(f) || cueAfter(a, f)) && a.proper(f)) {
            return unknownMention(a, f, f, 0.6, false);
        }
        return null;
    }

    private static boolean excluded(DirectoryIndex index, Token t) {
        return index.staffLike(t.lower()) || index.orgTokens.contains(t.lower())
                || NameMentions.CALENDAR.contains(t.lower());
    }

    /** A public figure quoted as such: "as X said", "X once said", or a quote signed "- X". */
    private static boolean attributed(TextAnalysis a, Token t) {
        Token prevWord = a.previousWord(t);
        Token next = a.next(t);
        for (int k = 0; k < 4 && next != null && next.word() && next.capitalised() && next.sentence() == t.sentence();
                k++) {
            next = a.next(next);
        }
        if (next != null && next.word() && ATTRIBUTION.contains(next.lower())
                && (prevWord != null && (prevWord.is("as") || prevWord.is("like")) || quoteIn(a, t))) {
            return true;
        }
        Token p = a.previous(t);
        return p != null && p.kind() == Token.Kind.PUNCT && "-—–~".contains(p.text()) && quoteBefore(a, p)
                && !testimonial(a, p, next);
    }

    /**
     * A quote signed with a name is a testimonial (the commonest way a practice publishes a client's name) when the
     * signature goes on with a place or a note (", Canton") or the quote speaks of the practice ("they explain",
     * "helped our family"); otherwise it reads as a famous saying.
     */
    private static boolean testimonial(TextAnalysis a, Token dash, Token afterName) {
        if (afterName != null && afterName.kind() == Token.Kind.PUNCT && (afterName.text().equals(",")
                || afterName.text().equals("("))) {
            return true;
        }
        for (int i = dash.index() - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
            Token q = a.token(i);
            if (q.word() && TESTIMONIAL_WORDS.contains(q.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A person with a public office before the name ("Premier", "Minister for Health") or news after it. */
    private static boolean publicFigure(TextAnalysis a, Mention m) {
        Token w = m.first();
        for (int k = 0; k < 5; k++) {
            w = a.previousWord(w);
            if (w == null) {
                break;
            }
            if (PUBLIC_TITLES.contains(w.lower())) {
                return true;
            }
            if (!w.capitalised() && !TITLE_JOINERS.contains(w.lower())) {
                break;
            }
        }
        Token after = a.next(m.last());
        if (after != null && after.kind() == Token.Kind.PUNCT && (after.text().equals("'") || after.text().equals("’"))) {
            return false;
        }
        return after != null && after.word() && NEWS_VERBS.contains(after.lower());
    }

    /** "St David's Day", "St John Ambulance": a saint's name is a day or a place, not a person in the post. */
    private static boolean saintOrPlace(TextAnalysis a, Mention m) {
        Token p = a.previousWord(m.first());
        if (p != null && (p.is("st") || p.is("saint") || p.is("ste")) && p.capitalised()) {
            return true;
        }
        Token n = a.next(m.last());
        return n != null && n.word() && n.capitalised() && PLACE_SUFFIX.contains(n.lower());
    }

    private static boolean quoteIn(TextAnalysis a, Token t) {
        return a.quoted(t.sentence());
    }

    private static boolean quoteBefore(TextAnalysis a, Token p) {
        for (int i = p.index() - 1; i >= 0 && i >= p.index() - 3; i--) {
            if ("\"“”'’".contains(a.token(i).text())) {
                return true;
            }
            if (a.token(i).kind() != Token.Kind.PUNCT) {
                return false;
            }
        }
        return false;
    }

    private static Mention unknownMention(TextAnalysis a, Token first, Token last, double conf, boolean full) {
        int[] span = a.original(first, last);
        return new Mention(span[0], span[1], first, last, Who.UNKNOWN, Optional.empty(), conf, full);
    }
}
