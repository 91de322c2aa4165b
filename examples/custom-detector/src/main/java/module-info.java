/**
 * A scheduling vendor's detector plugin. On the module path the engine finds it through {@code provides}; on the
 * class path through {@code META-INF/services}. Both name the same provider.
 */
@SuppressWarnings("requires-automatic") // privacy-core is an automatic module (Automatic-Module-Name)
module com.example.scheduling {
    requires org.privacyscreen.core;

    provides org.privacyscreen.spi.DetectorProvider with com.example.scheduling.SchedulingDetectors;
}
