package org.privacyscreen;

/**
 * What a screener can check, for a host that wants {@code Screener.Builder.build()} to refuse a screener that cannot
 * ({@code Screener.Builder.requireCoverage}). A screener that lacks one still works, but every post it cannot check
 * fully gets a DETECTOR_FAILURE finding saying what was not checked, so it is never allowed unseen.
 */
public enum Coverage {
    /** At least one text detector is installed and enabled by the policy. */
    TEXT,
    /** At least one image detector is installed and enabled (a reader of text in photos alone does not count). */
    IMAGES,
    /** Every detector provider loaded and every detector was prepared: {@code Screener.problems()} is empty. */
    PLUGINS
}
