package org.privacyscreen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Person;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;

/**
 * Nothing in clear: for generated names, phone numbers and e-mail addresses, typed plainly or evasively (dotted or
 * spaced letters, leetspeak, zero-width characters, the letter O for zeros, spelled-out "at" and "dot"), the
 * findings cover the whole value as typed, and no three-character fragment of the clear value survives in the
 * redacted text or the excerpts, nor four characters of it in the messages (fixed sentences, where three letters of
 * a name can be part of an ordinary word).
 */
class MaskingPropertiesTest {
    private static final Screener SCREENER = Fixtures.screener();
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060";

    /** A value in a sentence: the clear value, how it was typed, and the text around it. */
    record Case(String clear, String typed, String before, String after) {
        String text() {
            return before + typed + after;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> seeds = Arbitraries.longs();
        Arbitrary<Case> names = Combinators.combine(Arbitraries.of(Fixtures.PEOPLE.stream().filter(Person::isClient)
                .map(Person::name).filter(n -> n.length() >= 8).toList()), seeds)
                .as((name, seed) -> new Case(name, evadeName(name, new Random(seed)), "Well done ", " today!"));
        Arbitrary<Case> phones = Combinators.combine(Arbitraries.strings().numeric().ofLength(6), seeds)
                .as((tail, seed) -> {
                    String clear = "07911 " + tail;
                    return new Case(clear, evadePhone(clear, new Random(seed)), "Her mobile is ", ", ring her.");
                });
        Arbitrary<Case> emails = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4)
                .ofMaxLength(9), Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9), seeds)
                .as((local, domain, seed) -> {
                    String clear = local + "." + "q" + local.charAt(0) + "@" + domain + ".org";
                    return new Case(clear, evadeEmail(clear, new Random(seed)), "Write to ", " for the notes.");
                });
        return Arbitraries.oneOf(names, phones, emails);
    }

    private static String evadeName(String name, Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> name;
            case 1 -> spaced(name, ".");
            case 2 -> spaced(name, " ");
            case 3 -> name.replace('a', '4').replace('e', '3').replace('o', '0');
            default -> withZeroWidth(name, r);
        };
    }

    private static String evadePhone(String phone, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> phone;
            case 1 -> phone.replace('0', 'O');
            case 2 -> spaced(phone.replace(" ", ""), " ");
            default -> withZeroWidth(phone, r);
        };
    }

    private static String evadeEmail(String email, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> email;
            case 1 -> email.replace("@", " [at] ").replace(".org", " [dot] org");
            default -> email.replace("@", " (at) ").replace(".", " (dot) ");
        };
    }

    /** "Harriet Okafor" as "H.a.r.r.i.e.t O.k.a.f.o.r": each word's letters joined by {@code sep}. */
    private static String spaced(String value, String sep) {
        StringBuilder b = new StringBuilder();
        for (String word : value.split(" ")) {
            if (b.length() > 0) {
                b.append("  ");
            }
            b.append(String.join(sep, word.split("")));
        }
        return b.toString();
    }

    private static String withZeroWidth(String value, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            b.append(value.charAt(i));
            if (i + 1 < value.length() && r.nextInt(3) == 0) {
                b.append(ZERO_WIDTH.charAt(r.nextInt(ZERO_WIDTH.length())));
            }
        }
        return b.toString();
    }

    /** Letters and digits only, lower case: how a fragment is compared whatever the spacing or punctuation. */
    private static String squash(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The clear value's three-character fragments that the words around it (and placeholders) do not hold. */
    private static Set<String> fragments(Case c) {
        // the words around the value with each placeholder in its place: fragments across the seams count too
        StringBuilder around = new StringBuilder();
        for (FindingType t : FindingType.values()) {
            around.append(c.before()).append(t.placeholder()).append(c.after()).append(' ');
        }
        String context = squash(around.toString());
        String clear = squash(c.clear());
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= clear.length(); i++) {
            String g = clear.substring(i, i + 3);
            if (!context.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    private static void assertNoFragment(String where, String text, Set<String> fragments) {
        String squashed = squash(text);
        for (String g : fragments) {
            assertThat(squashed).as("%s holds a fragment of the value", where).doesNotContain(g);
        }
    }

    /** Messages are fixed sentences: three letters of a name can be an English word's ("ace" in "practice"). */
    private static Set<String> longerFragments(Case c) {
        Set<String> out = new HashSet<>();
        String clear = squash(c.clear());
        for (int i = 0; i + 4 <= clear.length(); i++) {
            out.add(clear.substring(i, i + 4));
        }
        return out;
    }

    @Property(tries = 300)
    void findings_coverTheWholeValueAsTyped(@ForAll("cases") Case c) {
        String text = c.text();
        ScreeningReport report = SCREENER.screen(org.privacyscreen.Post.builder().text(text).createdAt(Fixtures.NOW)
                .build());
        int from = c.before().length();
        int to = from + c.typed().length();
        List<Location.Text> spans = report.findings().stream().map(Finding::textSpan)
                .flatMap(java.util.Optional::stream).toList();
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                continue; // separators between evaded letters may fall outside as long as every letter is inside
            }
            int at = i;
            assertThat(spans).as("character %d of %s", i, c.typed().toLowerCase(Locale.ROOT).length())
                    .anyMatch(s -> s.start() <= at && at < s.end());
        }
    }

    @Property(tries = 300)
    void redactedTextAndMessages_holdNoFragmentOfTheValue(@ForAll("cases") Case c) {
        ScreeningReport report = SCREENER.screen(org.privacyscreen.Post.builder().text(c.text())
                .createdAt(Fixtures.NOW).build());
        Set<String> fragments = fragments(c);
        assertNoFragment("the redacted text", report.remediated().text(), fragments);
        for (Finding f : report.findings()) {
            // word by word: a value quoted in a message stands as a word of it, while across the message's own words
            // four letters of a name can meet by chance ("stha" in "address that")
            for (String word : f.message().split("\\s+")) {
                assertNoFragment("a message", word, longerFragments(c));
            }
        }
    }

    @Property(tries = 300)
    void excerpts_holdNoFragmentOfTheValue(@ForAll("cases") Case c) {
        ScreeningReport report = SCREENER.screen(org.privacyscreen.Post.builder().text(c.text())
                .createdAt(Fixtures.NOW).build());
        Set<String> fragments = fragments(c);
        for (Finding f : report.findings()) {
            f.excerpt().ifPresent(e -> assertNoFragment("an excerpt", e, fragments));
        }
    }
}
