package org.privacyscreen.examples.spark;

import java.io.Serializable;

/**
 * What the sweep said of one published post: a Spark bean (public no-argument constructor, getters and setters).
 * {@code takedown} holds the takedown line's JSON when the post breaches; {@code error} the one-line reason when the
 * line could not be read or screened.
 */
public class AuditRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private long line;
    private String practice;
    private String takedown;
    private String reasons;
    private String error;

    public AuditRow() {
    }

    static AuditRow of(long line, String practice, String takedown, String reasons, String error) {
        AuditRow r = new AuditRow();
        r.line = line;
        r.practice = practice;
        r.takedown = takedown;
        r.reasons = reasons;
        r.error = error;
        return r;
    }

    public long getLine() {
        return line;
    }

    public void setLine(long line) {
        this.line = line;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public String getTakedown() {
        return takedown;
    }

    public void setTakedown(String takedown) {
        this.takedown = takedown;
    }

    /** The takedown's finding types, comma-separated; null when the post stays up. */
    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
