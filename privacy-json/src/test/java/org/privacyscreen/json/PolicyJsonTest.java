package org.privacyscreen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyscreen.DetectorInfo;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.json.internal.JsonText;

class PolicyJsonTest {
    private static final List<DetectorInfo> DETECTORS = List.of(
            new DetectorInfo("medical-advice", "text", 1000, "X", "explicit"),
            new DetectorInfo("faces", "image", 1000, "X", "explicit"));

    private static ScreeningPolicy read(String json) {
        return PolicyJson.read(JsonText.parse(json, "policy.json"), "policy.json");
    }

    @Test
    void checkDetectors_knownIdsPass() {
        ScreeningPolicy p = read("{\"disabledDetectors\": [\"faces\", \"medical-advice\"]}");
        PolicyJson.checkDetectors(p, DETECTORS, "policy.json");
        assertThat(p.enabled("faces")).isFalse();
    }

    @Test
    void checkDetectors_misspeltIdIsBadInputListingTheDetectors() {
        ScreeningPolicy p = read("{\"disabledDetectors\": [\"medical-advise\"]}");
        assertThatThrownBy(() -> PolicyJson.checkDetectors(p, DETECTORS, "policy.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("policy.json: disabledDetectors: \"medical-advise\" is not a detector or rule of this "
                        + "screener; they are: faces, medical-advice");
    }

    @Test
    void read_unknownFieldListsTheFields() {
        assertThatThrownBy(() -> read("{\"thresholds\": 0.5}")).isInstanceOf(JsonInputException.class)
                .hasMessage("policy.json: thresholds: is not a field of this record; fields are: severities, "
                        + "disabledDetectors, minConfidence, coolingOffDays, detectorTimeoutMillis, remediationTimeoutMillis, limits");
    }

    @Test
    void read_unknownSeverityKeyListsTheTypes() {
        assertThatThrownBy(() -> read("{\"severities\": {\"FACES\": \"LOW\"}}")).isInstanceOf(JsonInputException.class)
                .hasMessageContaining("severities.FACES: is not a finding type; the types are PERSON_NAME, ")
                .hasMessageContaining("FACE, ");
    }
}
