package org.privacyscreen;

/** Whether the author posts from the practice's own account or a staff member's personal one. */
public enum AccountKind {
    OFFICIAL, PERSONAL
}
