package com.example.scheduling;

import java.util.List;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;

/**
 * Hands the scheduling plugin's detector and rule to the engine. Listed in
 * {@code META-INF/services/org.privacyscreen.spi.DetectorProvider} and in {@code module-info.java}.
 */
public final class SchedulingDetectors implements DetectorProvider {
    // stateless and thread-safe, so one instance of each serves every screener of the JVM
    private static final List<Detector> DETECTORS = List.of(new AppointmentReferences(), new RoomNumberRule());

    /** Called by {@link java.util.ServiceLoader}. */
    public SchedulingDetectors() {
    }

    @Override
    public List<Detector> detectors() {
        return DETECTORS;
    }
}
