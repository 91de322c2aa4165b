package org.privacyscreen.text.internal;

import java.util.List;
import org.privacyscreen.spi.Detector;

/** The module's detectors, one shared instance each. */
public final class Registry {
    public static final List<Detector> DETECTORS = List.of(new ClientNameDetector(), new PersonNameDetector(),
            new PhoneDetector(), new EmailDetector(), new PostalAddressDetector(), new HandleDetector(),
            new NationalIdDetector(), new PaymentCardDetector(), new MedicalRecordDetector(),
            new DateOfBirthDetector(), new HealthDetector(), new QuasiIdentifierDetector(), new MinorDetector(),
            new MedicalAdviceDetector());

    private Registry() {
    }

    private static volatile boolean warm;

    /** Loads the lexicons, name lists and the POS model, once. */
    public static void warmUp() {
        if (!warm) {
            synchronized (Registry.class) {
                if (!warm) {
                    Lexicons.get();
                    Analysis a = Analysis.of("Warm up, Mr Smith.");
                    a.proper(a.token(0));
                    warm = true;
                }
            }
        }
    }
}
