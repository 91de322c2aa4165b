package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningPolicyTest {

    @Test
    void defaults_areTheContracts() {
        ScreeningPolicy p = ScreeningPolicy.defaults();
        assertThat(p.minConfidence()).isEqualTo(0.5);
        assertThat(p.coolingOffDays()).isEqualTo(90);
        assertThat(p.detectorTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.limits()).isEqualTo(new ScreeningPolicy.Limits(100_000_000L, 52_428_800L, 100_000));
        assertThat(p.severities()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Severity.class, names = {"LOW", "OFF"})
    void severity_detectorFailureBelowMedium_isRefused(Severity s) {
        assertThatThrownBy(() -> ScreeningPolicy.builder().severity(FindingType.DETECTOR_FAILURE, s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DETECTOR_FAILURE");
    }

    @Test
    void severityOf_coveredStaysLow_overrideAppliesOtherwise() {
        ScreeningPolicy p = ScreeningPolicy.builder().severity(FindingType.QUASI_IDENTIFIER, Severity.HIGH).build();
        Finding quasi = Finding.builder(FindingType.QUASI_IDENTIFIER).detector("d").message("m").build();
        assertThat(p.severityOf(quasi)).isEqualTo(Severity.HIGH);
        assertThat(p.severityOf(quasi.coveredBy("consent k-1"))).isEqualTo(Severity.LOW);
    }

    @Test
    void builder_badValues_nameTheField() {
        assertThatThrownBy(() -> ScreeningPolicy.builder().minConfidence(1.5)).hasMessageContaining("minConfidence");
        assertThatThrownBy(() -> ScreeningPolicy.builder().coolingOffDays(-1)).hasMessageContaining("coolingOffDays");
        assertThatThrownBy(() -> ScreeningPolicy.builder().detectorTimeout(Duration.ZERO))
                .hasMessageContaining("detectorTimeout");
        assertThatThrownBy(() -> new ScreeningPolicy.Limits(0, 1, 1)).hasMessageContaining("maxImagePixels");
    }
}
