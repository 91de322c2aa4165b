package org.privacyscreen;

/** Whether a person granted or refused consent. A refusal on record wins over any grant. */
public enum ConsentStatus {
    GRANTED, REFUSED
}
