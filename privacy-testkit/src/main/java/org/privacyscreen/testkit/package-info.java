/**
 * The vendor's testkit: JUnit 5 contract tests that check what every detector owes the engine.
 *
 * <p>Zone: API (published as {@code org.privacyscreen:privacy-testkit}). Extend
 * {@link org.privacyscreen.testkit.TextDetectorContract}, {@link org.privacyscreen.testkit.ImageDetectorContract} or
 * {@link org.privacyscreen.testkit.PostRuleContract} from a test class, give it the detector and sample inputs, and
 * every check runs as a test of that class. The same
 * checks are static methods of {@link org.privacyscreen.testkit.DetectorChecks} for tests written by hand, and
 * {@link org.privacyscreen.testkit.TestContexts} builds the {@link org.privacyscreen.spi.ScreeningContext} a detector
 * or rule needs outside a screener.
 *
 * <p>Run the contract with the system property
 * {@code slf4j.provider=org.privacyscreen.testkit.TestSlf4jProvider} so that every SLF4J level, trace included,
 * reaches the log check (see {@link org.privacyscreen.testkit.TestSlf4jProvider}).
 */
package org.privacyscreen.testkit;
