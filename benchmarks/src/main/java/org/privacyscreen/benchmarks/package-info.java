/**
 * JMH benchmarks: the image path, the text path and whole posts. Run {@code java -jar benchmarks/target/benchmarks.jar}.
 *
 * <p>Zone: internal (not published).
 */
package org.privacyscreen.benchmarks;
