package org.privacyscreen.text.internal.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.text.normalise.NormalisedText;

/** The word lists the detectors share, loaded once on first use. */
public final class Lexicons {
    public final Set<String> commonWords;
    /** Nickname to the given names it stands for, and given name to its nicknames. */
    public final Map<String, Set<String>> nicknameOf;
    public final Map<String, Set<String>> nicknamesFor;
    public final Set<String> occupations;
    /** First and last names (lower case, folded) from datafaker's Apache-2.0 name lists. */
    public final Set<String> firstNames;
    public final Set<String> lastNames;

    private Lexicons() {
        this.commonWords = Set.copyOf(lines("common-words.txt"));
        Map<String, Set<String>> of = new HashMap<>();
        Map<String, Set<String>> fr = new HashMap<>();
        for (String line : lines("nicknames.txt")) {
            int colon = line.indexOf(':');
            String given = line.substring(0, colon).trim();
            for (String n : line.substring(colon + 1).split(",")) {
                String nick = n.trim();
                of.computeIfAbsent(nick, k -> new HashSet<>()).add(given);
                fr.computeIfAbsent(given, k -> new HashSet<>()).add(nick);
            }
        }
        this.nicknameOf = Map.copyOf(of);
        this.nicknamesFor = Map.copyOf(fr);
        Set<String> occ = new HashSet<>();
        for (String line : lines("occupations.txt")) {
            occ.add(normaliseTerm(line));
        }
        for (String line : lines("occupations-wordnet.txt")) {
            occ.add(normaliseTerm(line));
        }
        this.occupations = Set.copyOf(occ);
        Set<String> first = new HashSet<>(40_000);
        Set<String> last = new HashSet<>(40_000);
        NameLists.load(first, last);
        this.firstNames = Set.copyOf(first);
        this.lastNames = Set.copyOf(last);
    }

    public static Lexicons get() {
        return Holder.INSTANCE;
    }

    /** Terms are matched token by token on the letters view: "ehlers-danlos" becomes "ehlers danlos". */
    public static String normaliseTerm(String term) {
        String letters = NormalisedText.of(term).lettersLower();
        StringBuilder b = new StringBuilder();
        for (String t : letters.split("[^\\p{L}\\p{Nd}]+")) {
            if (!t.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t);
            }
        }
        return b.toString();
    }

    /** A crude lemma for matching: plural and possessive endings off. */
    public static String lemma(String lower) {
        if (lower.length() > 4 && lower.endsWith("ies")) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    private static List<String> lines(String resource) {
        return lines(Lexicons.class, resource);
    }

    /** The lines of a word list beside {@code base}: stripped, lower case, without blanks and # comments. */
    public static List<String> lines(Class<?> base, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = base.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PrivacyScreenException(ErrorCode.INTERNAL, "missing lexicon " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip().toLowerCase(Locale.ROOT);
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static final class Holder {
        static final Lexicons INSTANCE = new Lexicons();
    }

    /**
     * Reads the first and last name lists inside the datafaker jar (Apache-2.0 YAML resources) without datafaker's
     * code: a key line ending in {@code first_name:} or {@code last_name:} followed by {@code - "Name"} items or an
     * inline {@code [A, B]} list. Only names in Latin script (after folding) are kept.
     */
    public static final class NameLists {
        /** Locale files with Latin-script names; English first, the rest for the names of a diverse clientele. */
        static final List<String> FILES = List.of("en/name.yml", "en-GB.yml", "en-US.yml", "en-AU.yml",
                "en-au-ocker.yml", "en-IN.yml", "en-NG.yml", "en-NZ.yml", "en-PAK.yml",
                "en-PK.yml", "en-PH.yml", "en-SG.yml", "en-UG.yml", "en-ZA.yml", "en-MS.yml", "en-NEP.yml",
                "ca.yml", "cs.yml", "da-DK.yml", "de.yml", "es.yml", "es-MX.yml", "et.yml", "fi-FI.yml", "fr.yml",
                "hr.yml", "hu.yml", "id.yml", "it.yml", "lv.yml", "nb-NO.yml", "pl.yml", "pt.yml",
                "pt-BR.yml", "ro-MD.yml", "sk.yml", "sq.yml", "sv.yml", "tr.yml", "vi.yml");
        private static final Pattern KEY = Pattern.compile("^\\s*([a-z_]*(first_name|last_name)[a-z_]*):\\s*(.*)$");
        private static final Pattern ITEM = Pattern.compile("^\\s*-\\s*\"?([^\"#{}]+?)\"?\\s*$");
        private static final Pattern OTHER_KEY = Pattern.compile("^\\s*[a-z_]+:.*$");

        static void load(Set<String> first, Set<String> last) {
            int files = 0;
            for (String f : FILES) {
                try (InputStream in = NormalisedText.class.getClassLoader().getResourceAsStream(f)) {
                    if (in == null) {
                        continue;
                    }
                    files++;
                    read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), first, last);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (files == 0) {
                throw new PrivacyScreenException(ErrorCode.INTERNAL, "datafaker name lists not on the class path");
            }
        }

        private static void read(BufferedReader r, Set<String> first, Set<String> last) throws IOException {
            Set<String> target = null;
            String line;
            while ((line = r.readLine()) != null) {
                Matcher k = KEY.matcher(line);
                if (k.matches()) {
                    target = k.group(2).equals("first_name") ? first : last;
                    String rest = k.group(3).trim();
                    if (rest.startsWith("[")) {
                        for (String n : rest.substring(1, rest.lastIndexOf(']') < 0 ? rest.length()
                                : rest.lastIndexOf(']')).split(",")) {
                            add(target, n);
                        }
                        target = null;
                    }
                    continue;
                }
                if (target != null) {
                    Matcher i = ITEM.matcher(line);
                    if (i.matches()) {
                        add(target, i.group(1));
                    } else if (OTHER_KEY.matcher(line).matches()) {
                        target = null;
                    }
                }
            }
        }

        private static boolean ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private static void add(Set<String> target, String raw) {
            String n = raw.trim().replace("\"", "").replace("'", "");
            if (n.length() < 2 || n.contains("#{")) {
                return;
            }
            String folded = ascii(n) ? n.toLowerCase(Locale.ROOT) : NormalisedText.of(n).lettersLower();
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (!(c >= 'a' && c <= 'z') && c != '-' && c != ' ') {
                    return;
                }
            }
            if (folded.indexOf(' ') < 0) {
                target.add(folded);
            }
        }
    }
}
