package org.privacyscreen.consent.rules;

import java.util.List;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;

/** Registers the audience, first-move, consent and personal-account rules. */
public final class ConsentRulesProvider implements DetectorProvider {
    public ConsentRulesProvider() {
    }

    @Override
    public List<Detector> detectors() {
        return List.of(new AudienceRule(), new FirstMoveRule(), new ConsentRule(), new PersonalAccountRule());
    }
}
