package org.privacyscreen.cli;

import java.io.PrintWriter;
import org.privacyscreen.PrivacyScreenException;
import picocli.CommandLine;

/** How failures reach the user: one line on standard error and CONTRACT.md's exit code, never a stack trace. */
final class Errors {
    private Errors() {
    }

    static boolean debug() {
        String v = System.getenv(Main.DEBUG);
        return v != null && !v.isEmpty() && !"0".equals(v) && !"false".equalsIgnoreCase(v);
    }

    /** picocli's own parse errors: 64. */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        // one line, as for every other error: the reason, then where help is
        err.println("privacy-screen: " + oneLine(e.getMessage()).replaceFirst("^Error: ", "")
                + " (try '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return Exit.USAGE;
    }

    /** Failures while running a command: bad input 65, anything else 70. */
    static int execution(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (e instanceof BadInputException || e instanceof org.privacyscreen.json.JsonInputException) {
            err.println("privacy-screen: " + oneLine(e.getMessage()));
            code = Exit.BAD_INPUT;
        } else if (e instanceof PrivacyScreenException pse && pse.badInput()) {
            err.println("privacy-screen: " + oneLine(pse.getMessage()) + " [" + pse.code() + "]");
            code = Exit.BAD_INPUT;
        } else {
            err.println("privacy-screen: internal error: " + describe(e)
                    + (debug() ? "" : " (set " + Main.DEBUG + "=1 for details)"));
            code = Exit.INTERNAL;
        }
        if (debug()) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The failure's type and first message line. */
    static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + oneLine(m));
    }

    static String oneLine(String m) {
        return m == null ? "" : m.lines().findFirst().orElse("").strip();
    }
}
