package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class ScreenerPropertiesTest {
    private static final Screener SCREENER = Screener.builder().discover(false)
            .detector(TestDetectors.regex("digits", FindingType.PHONE_NUMBER, "\\d{4,}"))
            .detector(TestDetectors.regex("caps", FindingType.PERSON_NAME, "\\b[A-Z][a-z]{2,}\\b"))
            .build();

    @Property(tries = 300)
    void findings_lieInsideTheText(@ForAll @StringLength(min = 1, max = 300) String text) {
        ScreeningReport r = SCREENER.screen(TestDetectors.post(text));
        r.findings().forEach(f -> f.textSpan().ifPresent(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length())));
    }

    @Property(tries = 300)
    void redaction_removesEveryFoundValue(@ForAll @StringLength(min = 1, max = 300) String text) {
        ScreeningReport r = SCREENER.screen(TestDetectors.post(text));
        ScreeningReport again = SCREENER.screen(r.remediated());
        assertThat(again.findings()).noneMatch(f -> f.severity() == Severity.HIGH);
        assertThat(again.findings()).isEmpty();
    }
}
