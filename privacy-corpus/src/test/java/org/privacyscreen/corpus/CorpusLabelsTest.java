package org.privacyscreen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.json.ContextJson;

/**
 * Each labelled set itself (the tuning corpus and the holdouts): large and varied enough to measure with, labels that
 * agree with the contract, and sets that share no practice and no post with one another.
 */
class CorpusLabelsTest {
    private static final Map<LabelledSet, Corpus> SETS = new EnumMap<>(LabelledSet.class);

    private static synchronized Corpus load(LabelledSet set) {
        return SETS.computeIfAbsent(set, Corpus::load);
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void isLargeAndMostlyWhatPracticesReallyPublish(LabelledSet set) {
        Corpus corpus = load(set);
        long allow = corpus.posts().stream().filter(p -> p.expect().verdict() == Verdict.ALLOW).count();
        assertThat(corpus.posts()).as(set.dir()).hasSizeGreaterThanOrEqualTo(set.minPosts());
        assertThat((double) allow / corpus.posts().size()).as(set.dir() + ": share of safe posts").isGreaterThanOrEqualTo(0.40);
        assertThat(corpus.posts().stream().map(LabelledPost::country).collect(Collectors.toSet()))
                .containsAll(Set.of("GB", "US", "CA", "AU", "IE"));
    }

    /** Every breach theme; "routine" holds what a practice publishes day to day and is safe by definition. */
    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void everyThemeHasPositivesAndNearMisses(LabelledSet set) {
        Corpus corpus = load(set);
        Map<String, Set<Verdict>> verdicts = new TreeMap<>();
        corpus.posts().stream().filter(p -> !p.theme().equals("routine")).forEach(p -> verdicts
                .computeIfAbsent(p.theme(), k -> EnumSet.noneOf(Verdict.class)).add(p.expect().verdict()));
        assertThat(verdicts).as(set.dir() + ": themes").hasSizeGreaterThanOrEqualTo(15);
        verdicts.forEach((theme, v) -> {
            assertThat(v).as(set.dir() + ": " + theme + " has a near-miss").contains(Verdict.ALLOW);
            assertThat(v).as(set.dir() + ": " + theme + " has a positive").containsAnyOf(Verdict.REVIEW, Verdict.BLOCK);
        });
    }

    /** ALLOW exactly when nothing must be found; REVIEW only on MEDIUM types; BLOCK needs a HIGH one. */
    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void verdictsFollowFromTheLabelledTypes(LabelledSet set) {
        Corpus corpus = load(set);
        List<String> wrong = new ArrayList<>();
        for (LabelledPost p : corpus.posts()) {
            Set<FindingType> types = p.expect().types();
            boolean anyHigh = types.stream().anyMatch(t -> t.defaultSeverity() == Severity.HIGH
                    || t == FindingType.SOCIAL_HANDLE);
            boolean ok = switch (p.expect().verdict()) {
                case ALLOW -> types.isEmpty();
                case REVIEW -> !types.isEmpty() && types.stream().allMatch(t -> t.defaultSeverity() == Severity.MEDIUM);
                case BLOCK -> anyHigh;
            };
            if (!ok) {
                wrong.add(p.id() + " " + p.expect());
            }
        }
        assertThat(wrong).as(set.dir()).isEmpty();
    }

    /** Subjects, the client answered and authors are people of that practice; group members may be outsiders. */
    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void postsReferToPeopleThePracticeKnows(LabelledSet set) {
        Corpus corpus = load(set);
        List<String> unknown = new ArrayList<>();
        for (LabelledPost p : corpus.posts()) {
            ContextJson.Practice ctx = corpus.practices().get(p.practice());
            Post post = p.post();
            post.subjects().stream().filter(s -> ctx.directory().find(s).isEmpty())
                    .forEach(s -> unknown.add(p.id() + " subject " + s));
            post.inReplyTo().filter(c -> !ctx.directory().find(c).map(Person::isClient).orElse(false))
                    .ifPresent(c -> unknown.add(p.id() + " inReplyTo " + c));
            post.author().id().filter(a -> !ctx.directory().find(a).map(Person::isStaff).orElse(false))
                    .ifPresent(a -> unknown.add(p.id() + " author " + a));
        }
        assertThat(unknown).as(set.dir()).isEmpty();
    }

    /** Each holdout measures other kinds of practice and other wording: no practice and no post text in common. */
    @ParameterizedTest
    @EnumSource(value = LabelledSet.class, names = "TUNING", mode = EnumSource.Mode.EXCLUDE)
    void aHoldoutSharesNoPracticeAndNoPostWithAnEarlierSet(LabelledSet holdoutSet) {
        Corpus holdout = load(holdoutSet);
        for (LabelledSet earlierSet : LabelledSet.values()) {
            if (earlierSet.ordinal() >= holdoutSet.ordinal()) {
                continue;
            }
            Corpus earlier = load(earlierSet);
            assertThat(holdout.practices().keySet()).as(holdoutSet.dir() + " practices also in " + earlierSet.dir())
                    .doesNotContainAnyElementsOf(earlier.practices().keySet());
            Set<String> texts = earlier.posts().stream().map(p -> normalised(p.post().text()))
                    .collect(Collectors.toSet());
            assertThat(holdout.posts().stream().filter(p -> texts.contains(normalised(p.post().text())))
                    .map(LabelledPost::id)).as(holdoutSet.dir() + " posts whose text is also in " + earlierSet.dir())
                    .isEmpty();
        }
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
