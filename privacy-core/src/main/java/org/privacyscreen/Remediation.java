package org.privacyscreen;

/** What to do about a finding. */
public enum Remediation {
    REDACT, BLUR, STRIP_METADATA, OBTAIN_CONSENT, REMOVE_MENTION, RESTRICT_AUDIENCE, ADD_DISCLAIMER, REMOVE_IMAGE, REVIEW
}
