package org.privacyscreen.cli;

import java.io.PrintWriter;
import java.util.List;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.json.JsonInputException;
import picocli.CommandLine;

/** How failures reach the user: one line on standard error and CONTRACT.md's exit code, never a stack trace. */
final class Errors {
    private Errors() {
    }

    static boolean debug() {
        String v = System.getenv(Main.DEBUG);
        return v != null && !v.isEmpty() && !"0".equals(v) && !"false".equalsIgnoreCase(v);
    }

    /** picocli's own parse errors, and flag values outside the contract: 64. */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        // one line, as for every other error: the reason, then where help is
        err.println("privacy-screen: " + reason(e) + " (try '" + cl.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return Exit.USAGE;
    }

    /**
     * What went wrong, in the user's words: a mistyped command is named with the nearest real one, and a stray
     * argument is not quoted back (it may be a post's text that lost its --text).
     */
    private static String reason(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            CommandLine cl = u.getCommandLine();
            boolean expectsCommand = !cl.getSubcommands().isEmpty() && cl.getParseResult() != null
                    && !cl.getParseResult().hasSubcommand();
            if (!first.startsWith("-") && expectsCommand) {
                List<String> commands = cl.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
                // picocli's own suggestions: the commands most like what was typed
                List<String> near = u.getSuggestions().stream().filter(commands::contains).toList();
                return "unknown command '" + first + "'; " + (near.isEmpty()
                        ? "the commands are " + String.join(", ", commands)
                        : "did you mean '" + near.get(0) + "'?");
            }
            if (first.startsWith("-")) {
                return "unknown option '" + first + "'";
            }
            return "unexpected argument (" + u.getUnmatched().size() + " value(s) that follow no option;"
                    + " quote a text with spaces: --text \"...\")";
        }
        return oneLine(e.getMessage()).replaceFirst("^Error: ", "");
    }

    /** Failures while running a command: bad input 65, anything else 70. */
    static int execution(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof CommandLine.ParameterException pe) {
            return usage(pe, new String[0]);
        }
        int code;
        if (e instanceof BadInputException || e instanceof JsonInputException j && j.code() == ErrorCode.INVALID_RECORD) {
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
