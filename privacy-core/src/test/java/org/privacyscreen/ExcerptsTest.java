package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Maria Thompson|M**** T*******",
        "07911 123456|0**** ******",
        "@sarahj_88|@s*****_**",
        "jo.bloggs@example.com|j*.******@*******.***",
        "J.o.h.n S m i t h|J.*.*.* * * * * *",
        "J o h n|J * * *",
        "Anne-Marie O'Neil Smith|A***-***** *'**** S****",
        "+44 (0)20 7946 0958|+4* (*)** **** ****",
        "Ｊｏｈｎ Ｓｍｉｔｈ|Ｊ*** Ｓ****"})
    void mask_keepsTheShapeAndAtMostTwoInitials(String value, String masked) {
        assertThat(Excerpts.mask(value)).isEqualTo(masked);
    }

    @org.junit.jupiter.api.Test
    void mask_symbolsThatLookLikeLetters_areHidden() {
        // circled letters are symbols, not letters: kept as they are they would spell the name
        assertThat(Excerpts.mask("ⓙⓞⓗⓝ ⓢⓜⓘⓣⓗ")).isEqualTo("**** *****");
        assertThat(Excerpts.mask("J\u200bo\u200bh\u200bn")).isEqualTo("J******");
    }

    @Property(tries = 500)
    void mask_evasions_keepNoThreeCharacterFragment(@ForAll("evasions") Evasion e) {
        String masked = Excerpts.mask(e.evaded());
        Set<String> survived = fragments(masked);
        survived.retainAll(fragments(e.clear()));
        assertThat(survived).as("fragments of %s left in %s", e.clear().length() + " characters", masked).isEmpty();
        Set<String> ofEvasion = fragments(e.evaded());
        ofEvasion.retainAll(fragments(masked));
        assertThat(ofEvasion).isEmpty();
    }

    @Property(tries = 1000)
    void mask_anyText_keepsAtMostTwoLettersOrDigits(@ForAll String value) {
        assertThat(letterOrDigits(Excerpts.mask(value))).hasSizeLessThanOrEqualTo(2);
    }

    @Property(tries = 1000)
    void mask_isIdempotentAndKeepsTheLength(@ForAll String value) {
        String masked = Excerpts.mask(value);
        assertThat(masked).hasSameSizeAs(value);
        assertThat(Excerpts.mask(masked)).isEqualTo(masked);
    }

    @Property(tries = 300)
    void mask_neverReturnsAWordOfTwoOrMoreLetters(@ForAll @AlphaChars @StringLength(min = 2, max = 30) String word) {
        assertThat(Excerpts.mask(word)).isNotEqualTo(word).hasSameSizeAs(word);
    }

    @org.junit.jupiter.api.Test
    void finding_constructedDirectlyWithAClearExcerpt_isMasked() {
        Finding f = new Finding(FindingType.PERSON_NAME, Severity.MEDIUM, 1.0, "d", Location.text(0, 10),
                java.util.Optional.empty(), java.util.Optional.of("Maria Thompson"), "A name.", Remediation.REDACT,
                java.util.Optional.empty());
        assertThat(f.excerpt()).contains("M**** T*******");
    }

    @org.junit.jupiter.api.Test
    void mask_null_namesParameter() {
        assertThatThrownBy(() -> Excerpts.mask(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    /** A clear value and the same value written to evade a matcher. */
    record Evasion(String clear, String evaded) {
    }

    @Provide
    Arbitrary<Evasion> evasions() {
        Arbitrary<String> clear = Arbitraries.oneOf(names(), emails(), phones());
        return Combinators.combine(clear, Arbitraries.integers().between(0, 7), Arbitraries.longs())
                .as((c, how, seed) -> new Evasion(c, evade(c, how, new java.util.Random(seed))));
    }

    private static Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(2).ofMaxLength(10),
                Arbitraries.strings().withCharRange('α', 'ω').ofMinLength(2).ofMaxLength(10))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return word.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
    }

    private static Arbitrary<String> emails() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1)
                .ofMaxLength(10);
        return Combinators.combine(part.list().ofMinSize(1).ofMaxSize(3), part, part)
                .as((local, domain, tld) -> String.join(".", local) + "@" + domain + "." + tld);
    }

    private static Arbitrary<String> phones() {
        return Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(5).list().ofMinSize(2).ofMaxSize(4)
                .map(groups -> String.join(" ", groups));
    }

    private static final List<String> SEPARATORS = List.of(" ", ".", "-", "_", "\u200b", "·", " . ", "\u00a0");

    private static String evade(String clear, int how, java.util.Random r) {
        StringBuilder out = new StringBuilder();
        String sep = SEPARATORS.get(r.nextInt(SEPARATORS.size()));
        clear.codePoints().forEach(cp -> {
            int c = switch (how) {
                case 2 -> leet(cp);
                case 3 -> homoglyph(cp);
                case 4 -> r.nextBoolean() ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
                case 5 -> cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
                        ? cp + 0xFEE0 : cp; // full width
                default -> cp;
            };
            if (out.length() > 0 && (how == 1 || how == 6 && r.nextBoolean() || how == 7)) {
                out.append(how == 7 ? SEPARATORS.get(r.nextInt(SEPARATORS.size())) : sep);
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    private static int leet(int cp) {
        return switch (cp) {
            case 'a', 'A' -> '4';
            case 'e', 'E' -> '3';
            case 'i', 'I' -> '1';
            case 'o', 'O' -> '0';
            case 's', 'S' -> '5';
            default -> cp;
        };
    }

    private static int homoglyph(int cp) {
        return switch (cp) {
            case 'a' -> 'а';
            case 'e' -> 'е';
            case 'o' -> 'о';
            case 'p' -> 'р';
            case 'c' -> 'с';
            default -> cp;
        };
    }

    /** The three-character fragments of {@code s}: compatibility-normalised, lower-cased, letters and digits. */
    static Set<String> fragments(String s) {
        String v = letterOrDigits(s);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= v.length(); i++) {
            out.add(v.substring(i, i + 3));
        }
        return out;
    }

    static String letterOrDigits(String s) {
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
