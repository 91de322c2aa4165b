package org.privacyscreen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.json.ContextJson;

/** The corpus itself: large and varied enough to measure with, and labels that agree with the contract. */
class CorpusLabelsTest {
    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = Corpus.load();
    }

    @Test
    void isLargeAndMostlyWhatPracticesReallyPublish() {
        long allow = corpus.posts().stream().filter(p -> p.expect().verdict() == Verdict.ALLOW).count();
        assertThat(corpus.posts()).hasSizeGreaterThanOrEqualTo(450);
        assertThat((double) allow / corpus.posts().size()).as("share of safe posts").isGreaterThanOrEqualTo(0.40);
        assertThat(corpus.posts().stream().map(LabelledPost::country).collect(Collectors.toSet()))
                .containsAll(Set.of("GB", "US", "CA", "AU", "IE"));
    }

    /** Every breach theme; "routine" holds what a practice publishes day to day and is safe by definition. */
    @Test
    void everyThemeHasPositivesAndNearMisses() {
        Map<String, Set<Verdict>> verdicts = new TreeMap<>();
        corpus.posts().stream().filter(p -> !p.theme().equals("routine")).forEach(p -> verdicts
                .computeIfAbsent(p.theme(), k -> EnumSet.noneOf(Verdict.class)).add(p.expect().verdict()));
        assertThat(verdicts).hasSizeGreaterThanOrEqualTo(15);
        verdicts.forEach((theme, v) -> {
            assertThat(v).as(theme + " has a near-miss").contains(Verdict.ALLOW);
            assertThat(v).as(theme + " has a positive").containsAnyOf(Verdict.REVIEW, Verdict.BLOCK);
        });
    }

    /** ALLOW exactly when nothing must be found; REVIEW only on MEDIUM types; BLOCK needs a HIGH one. */
    @Test
    void verdictsFollowFromTheLabelledTypes() {
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
        assertThat(wrong).isEmpty();
    }

    /** Subjects, the client answered and authors are people of that practice; group members may be outsiders. */
    @Test
    void postsReferToPeopleThePracticeKnows() {
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
        assertThat(unknown).isEmpty();
    }
}
