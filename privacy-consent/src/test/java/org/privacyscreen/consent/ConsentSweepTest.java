package org.privacyscreen.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Evidence;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.Location;
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Screener;
import org.privacyscreen.Verdict;
import org.privacyscreen.consent.rules.ConsentRulesProvider;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * The sweep: published posts against the consents as they stand at the sweep's time. Revoked, expired, refused and
 * still-good consents; a refusal recorded after a grant; a post that named a client with no recorded consent; and
 * the cheap path (a post whose recorded consents hold is not screened again, its photo not decoded).
 */
class ConsentSweepTest {
    private static final Instant PUBLISHED = Instant.parse("2026-02-10T09:00:00Z");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final List<Person> people = List.of(Person.client("cl-1", "Rowan Ashdown"),
            Person.client("cl-2", "Imelda Fairweather"), Person.client("cl-3", "Tomasz Wren"),
            Person.staff("st-1", "Nia Okafor"));
    private final InMemoryConsentStore consents = new InMemoryConsentStore();
    private final AtomicInteger textRuns = new AtomicInteger();
    private final AtomicInteger imageRuns = new AtomicInteger();

    private static Consent.Builder granted(String id, String person) {
        return Consent.builder(id, person).permissions(Permission.CAPTURE, Permission.SHARE, Permission.NAME)
                .channels("instagram").evidence(Evidence.Kind.WRITTEN, "form-" + id);
    }

    private void published(String postId, String consentId) {
        consents.importUse(new ConsentUse(consentId, postId, "instagram", PUBLISHED));
    }

    /** Names of the directory's people as CLIENT_NAME findings; every photo's one face as a subject. */
    private Screener screener() {
        TextDetector names = new TextDetector() {
            @Override
            public String id() {
                return "names";
            }

            @Override
            public List<Finding> detect(ScreeningContext ctx) {
                textRuns.incrementAndGet();
                List<Finding> out = new ArrayList<>();
                for (Person p : people) {
                    Matcher m = Pattern.compile(Pattern.quote(p.name())).matcher(ctx.post().text());
                    while (m.find()) {
                        out.add(Finding.builder(p.isClient() ? FindingType.CLIENT_NAME : FindingType.PERSON_NAME)
                                .subject(p.id()).span(ctx.post().text(), m.start(), m.end()).message("A name.")
                                .build());
                    }
                }
                return out;
            }
        };
        ImageDetector faces = new ImageDetector() {
            @Override
            public String id() {
                return "faces";
            }

            @Override
            public List<Finding> detect(ScreeningContext ctx, int image) {
                imageRuns.incrementAndGet();
                // the face recognised as the declared subject's, as a detector with reference faces would
                return List.of(Finding.builder(FindingType.FACE).location(Location.image(image, 5, 5, 50, 50))
                        .faceRole(org.privacyscreen.FaceRole.SUBJECT).subject(ctx.post().subjects().get(0))
                        .message("A face.").build());
            }
        };
        return Screener.builder().discover(false).provider(new ConsentRulesProvider()).detector(names)
                .detector(faces).clientDirectory(directory()).consents(consents).build();
    }

    private InMemoryClientDirectory directory() {
        return new InMemoryClientDirectory(Organisation.builder("Harbour Physio").timeZone(LOS_ANGELES).build(),
                people);
    }

    private ConsentSweep sweep() {
        return ConsentSweep.of(screener(), consents, directory());
    }

    private static Post post(String id, String text) {
        return Post.builder().id(id).text(text).channel("instagram").createdAt(PUBLISHED).build();
    }

    private static Post photoPost(String id, String subject) {
        return Post.builder().id(id).text("Back on the court after physio!").channel("instagram")
                .subject(subject).image(PostImage.of("a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1}))
                .createdAt(PUBLISHED).build();
    }

    @Test
    void revokedConsent_takesThePostDown_fromTheRecordAlone() {
        consents.save(granted("k-1", "cl-1").revokedAt(Instant.parse("2026-05-01T00:00:00Z")).build());
        published("p-1", "k-1");
        Optional<Takedown> t = sweep().check(photoPost("p-1", "cl-1"), Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(t).contains(new Takedown("p-1", Verdict.BLOCK, List.of(FindingType.CONSENT_REVOKED),
                List.of("cl-1")));
        assertThat(imageRuns).hasValue(0);
        assertThat(textRuns).hasValue(0);
    }

    @Test
    void revocationAfterTheSweepTime_doesNotCountYet() {
        consents.save(granted("k-1", "cl-1").revokedAt(Instant.parse("2026-05-01T00:00:00Z")).build());
        published("p-1", "k-1");
        assertThat(sweep().check(photoPost("p-1", "cl-1"), Instant.parse("2026-04-30T23:59:00Z"))).isEmpty();
    }

    @Test
    void stillGoodConsent_keepsThePostUp_withoutScreeningOrDecoding() {
        consents.save(granted("k-2", "cl-2").validUntil(LocalDate.of(2026, 12, 31)).build());
        published("p-2", "k-2");
        assertThat(sweep().check(photoPost("p-2", "cl-2"), Instant.parse("2026-11-27T12:00:00Z"))).isEmpty();
        assertThat(imageRuns).hasValue(0);
        assertThat(textRuns).hasValue(0);
    }

    @Test
    void expiredConsent_isJudgedByThePracticesCalendar() {
        consents.save(granted("k-2", "cl-2").validUntil(LocalDate.of(2026, 3, 31)).build());
        published("p-2", "k-2");
        ConsentSweep s = sweep();
        // 05:00 UTC on 1 April is still the evening of 31 March in Los Angeles
        assertThat(s.check(photoPost("p-2", "cl-2"), Instant.parse("2026-04-01T05:00:00Z"))).isEmpty();
        assertThat(s.check(photoPost("p-2", "cl-2"), Instant.parse("2026-04-01T08:00:00Z")))
                .hasValueSatisfying(t -> assertThat(t.reasons()).containsExactly(FindingType.CONSENT_EXPIRED));
    }

    @Test
    void refusalRecordedAfterTheGrant_wins() {
        consents.save(granted("k-3", "cl-3").build());
        published("p-3", "k-3");
        consents.save(new Consent("r-3", "cl-3", ConsentStatus.REFUSED, java.util.Set.of(Permission.SHARE),
                java.util.Set.of("*"), java.util.Set.of(org.privacyscreen.Purpose.SOCIAL_POST),
                java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Evidence(Evidence.Kind.WRITTEN, Optional.of("email-9"), Optional.empty(),
                        Optional.of(Instant.parse("2026-07-01T10:00:00Z")))), Optional.empty(), Optional.empty()));
        ConsentSweep s = sweep();
        assertThat(s.check(photoPost("p-3", "cl-3"), Instant.parse("2026-06-30T10:00:00Z"))).isEmpty();
        assertThat(s.check(photoPost("p-3", "cl-3"), Instant.parse("2026-07-02T10:00:00Z")))
                .hasValueSatisfying(t -> {
                    assertThat(t.reasons()).containsExactly(FindingType.CONSENT_REFUSED);
                    assertThat(t.subjects()).containsExactly("cl-3");
                });
    }

    @Test
    void postThatNamedAClientWithNoRecordedConsent_isScreenedAgainAndTakenDown() {
        Optional<Takedown> t = sweep().check(post("p-4", "Well done Tomasz Wren on finishing rehab!"),
                Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(t).hasValueSatisfying(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(d.reasons()).contains(FindingType.CLIENT_NAME, FindingType.CONSENT_MISSING);
            assertThat(d.subjects()).containsExactly("cl-3");
        });
        assertThat(textRuns).hasValue(1);
    }

    @Test
    void unrecordedPostWhoseConsentStillHolds_staysUp() {
        consents.save(granted("k-5", "cl-1").build());
        assertThat(sweep().check(post("p-5", "Rowan Ashdown ran her first 10k!"), Instant.parse("2026-06-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void revokedRecordedConsent_butAnotherStillCovers_isScreenedAgainAndStaysUp() {
        consents.save(granted("k-6", "cl-1").revokedAt(Instant.parse("2026-03-01T00:00:00Z")).build());
        consents.save(granted("k-7", "cl-1").build());
        published("p-6", "k-6");
        assertThat(sweep().check(photoPost("p-6", "cl-1"), Instant.parse("2026-06-01T00:00:00Z"))).isEmpty();
        assertThat(imageRuns).hasValue(1);
    }

    @Test
    void aPostsOwnRecordedUse_doesNotExhaustItsConsent_butAnUncountedSisterPostBreaches() {
        consents.save(granted("k-8", "cl-2").maxUses(1).build());
        consents.save(granted("k-9", "cl-2").revokedAt(Instant.parse("2026-03-01T00:00:00Z")).build());
        published("p-8", "k-8");
        published("p-8", "k-9");
        List<Takedown> out = sweep().sweep(List.of(photoPost("p-8", "cl-2"), post("p-9", "Imelda Fairweather is back!")),
                Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(imageRuns).as("p-8 was screened again: k-9 failed, k-8 might cover").hasValue(1);
        assertThat(out).singleElement().satisfies(t -> {
            assertThat(t.postId()).isEqualTo("p-9");
            assertThat(t.reasons()).contains(FindingType.CONSENT_EXHAUSTED);
        });
    }

    @Test
    void sweep_keepsInputOrder() {
        consents.save(granted("k-1", "cl-1").revokedAt(Instant.parse("2026-05-01T00:00:00Z")).build());
        published("p-1", "k-1");
        List<Takedown> out = sweep().sweep(List.of(post("p-0", "Flu clinic on Saturday."),
                post("p-4", "Tomasz Wren is our star!"), photoPost("p-1", "cl-1")),
                Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(out).extracting(Takedown::postId).containsExactly("p-4", "p-1");
    }
}
