package com.example.scheduling;

import java.util.List;
import java.util.Set;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.testkit.TextDetectorContract;

/** The engine's contract, from the testkit: every check runs as a test of this class. */
class AppointmentReferencesContractTest extends TextDetectorContract {
    @Override
    protected TextDetector detector() {
        return new AppointmentReferences();
    }

    @Override
    protected List<String> positives() {
        return List.of("Your appointment APT-12345674 is confirmed.", "Rebooked: apt 70000005, see you then",
                "Two visits, APT10000008 and APT-99999997.");
    }

    @Override
    protected List<String> negatives() {
        return List.of("Your appointment APT-12345675 is confirmed.", "Apartment 12 has a new ramp.",
                "Call 0191 720 3001 to book.", "APT-1234567 and APT-123456789 are not references.");
    }

    @Override
    protected Set<FindingType> types() {
        return Set.of(FindingType.MEDICAL_RECORD_NUMBER);
    }
}
