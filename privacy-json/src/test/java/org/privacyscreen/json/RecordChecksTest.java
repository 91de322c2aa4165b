package org.privacyscreen.json;

import org.privacyscreen.json.internal.RecordChecks;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.Permission;

class RecordChecksTest {
    @Test
    void check_recordOfTheWrongShapeIsBadInputNamingWhereAndField() {
        Consent blankId = Consent.builder(" ", "cl-1").permissions(Permission.SHARE).build();
        assertThatThrownBy(() -> RecordChecks.check("ctx.json: consents[0]", blankId))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("ctx.json: consents[0]: ")
                .hasMessageContaining("id");
    }

    @Test
    void check_wellFormedRecordPasses() {
        Consent ok = Consent.builder("k-1", "cl-1").permissions(Permission.SHARE).build();
        assertThatCode(() -> RecordChecks.check("ctx.json: consents[0]", ok)).doesNotThrowAnyException();
    }
}
