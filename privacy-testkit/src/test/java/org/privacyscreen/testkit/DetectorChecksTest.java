package org.privacyscreen.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Dimension;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Excerpts;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

class DetectorChecksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The number 4471092 was found. | 4471092 | true",
            "THE NAME MARIA THOMPSON        | Maria Thompson | true",
            "ref APT-12345674 seen          | apt 12345674 | true",
            "A name was found.              | Maria Thompson | false",
            "M**** T*******                 | Maria Thompson | false",
            "mentions a room number         | Room 4B | false",
            "at 4B                          | 4B | false"})
    void quotes_table(String haystack, String value, boolean expected) {
        assertThat(DetectorChecks.quotes(haystack, value)).isEqualTo(expected);
    }

    @Property
    void quotes_maskedExcerpt_neverQuotesItsValue(@ForAll @Size(min = 1, max = 4) List<@AlphaChars @NumericChars
            @StringLength(min = 2, max = 12) String> words) {
        String value = String.join(" ", words);
        assertThat(DetectorChecks.quotes(Excerpts.mask(value), value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone-numbers", "appointment-refs", "names", "mrn2"})
    void checkId_goodIds_pass(String id) {
        assertThatCode(() -> DetectorChecks.checkId(detector(id))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Phone-Numbers", "phone numbers", "phone_numbers", "-phone", "phone-", "9lives"})
    void checkId_badIds_fail(String id) {
        assertThatThrownBy(() -> DetectorChecks.checkId(detector(id))).isInstanceOf(AssertionError.class);
    }

    @Test
    void checkId_changingId_fails() {
        int[] calls = {0};
        TextDetector changing = new TextDetector() {
            @Override
            public String id() {
                return "call-" + calls[0]++;
            }

            @Override
            public List<Finding> detect(ScreeningContext context) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> DetectorChecks.checkId(changing)).hasMessageContaining("same id on every call");
    }

    @Test
    void checkSpans_spanBeyondText_failsWithoutTheValue() {
        Post post = Post.builder().text("id 4471092").build();
        Finding f = Finding.builder(FindingType.NATIONAL_ID).span("id 4471092 and more", 3, 15).message("An id.")
                .build();
        assertThatThrownBy(() -> DetectorChecks.checkSpans(post, List.of(f)))
                .hasMessageContaining("ends beyond the text").message().doesNotContain("4471092");
    }

    @Test
    void checkExcerpts_missingExcerpt_fails() {
        Post post = Post.builder().text("id 4471092").build();
        Finding f = Finding.builder(FindingType.NATIONAL_ID).location(org.privacyscreen.Location.text(3, 10))
                .message("An id.").build();
        assertThatThrownBy(() -> DetectorChecks.checkExcerpts(post, List.of(f))).hasMessageContaining("no excerpt");
    }

    @Test
    void checkTextFindings_nullList_fails() {
        Post post = Post.builder().text("x").build();
        assertThatThrownBy(() -> DetectorChecks.checkTextFindings(post, null)).hasMessageContaining("never null");
    }

    @Test
    void runOnOwnThread_interruptibleTask_endsWhenInterrupted() {
        DetectorChecks.Run<String> run = DetectorChecks.runOnOwnThread(() -> {
            Thread.sleep(60_000);
            return "slept";
        }, DetectorChecks.Interrupt.AFTER_START, Duration.ofSeconds(10));
        assertThat(run.finished()).isTrue();
        assertThat(run.failure()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void size_pngAndJpeg_readFromHeader() {
        assertThat(TestImages.size(TestImages.png(31, 17, Color.RED))).contains(new Dimension(31, 17));
        assertThat(TestImages.size(TestImages.jpeg(40, 30, Color.BLUE))).contains(new Dimension(40, 30));
        assertThat(TestImages.size(new byte[] {1, 2, 3})).isEmpty();
    }

    private static TextDetector detector(String id) {
        return new TextDetector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> detect(ScreeningContext context) {
                return List.of();
            }
        };
    }
}
