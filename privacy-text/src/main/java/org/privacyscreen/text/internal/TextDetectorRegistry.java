package org.privacyscreen.text.internal;

import java.util.List;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.text.internal.analysis.SharedModels;
import org.privacyscreen.text.internal.contact.EmailDetector;
import org.privacyscreen.text.internal.contact.HandleDetector;
import org.privacyscreen.text.internal.contact.PhoneDetector;
import org.privacyscreen.text.internal.contact.PostalAddressDetector;
import org.privacyscreen.text.internal.context.MedicalAdviceDetector;
import org.privacyscreen.text.internal.context.MinorDetector;
import org.privacyscreen.text.internal.context.QuasiIdentifierDetector;
import org.privacyscreen.text.internal.health.HealthDetector;
import org.privacyscreen.text.internal.identifiers.DateOfBirthDetector;
import org.privacyscreen.text.internal.identifiers.MedicalRecordDetector;
import org.privacyscreen.text.internal.identifiers.NationalIdDetector;
import org.privacyscreen.text.internal.identifiers.PaymentCardDetector;
import org.privacyscreen.text.internal.names.ClientNameDetector;
import org.privacyscreen.text.internal.names.PersonNameDetector;

/** The module's detectors, one shared instance each. */
public final class TextDetectorRegistry {
    public static final List<Detector> DETECTORS = List.of(new ClientNameDetector(), new PersonNameDetector(),
            new PhoneDetector(), new EmailDetector(), new PostalAddressDetector(), new HandleDetector(),
            new NationalIdDetector(), new PaymentCardDetector(), new MedicalRecordDetector(),
            new DateOfBirthDetector(), new HealthDetector(), new QuasiIdentifierDetector(), new MinorDetector(),
            new MedicalAdviceDetector());

    private TextDetectorRegistry() {
    }

    /** Loads the lexicons, name lists and the POS model, once. */
    public static void warmUp() {
        SharedModels.warmUp();
    }
}
