package org.privacyscreen.cli;

import org.privacyscreen.json.JsonInputException;
import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.ReportJson;
import org.privacyscreen.json.internal.JsonText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Post;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.Verdict;
import org.privacyscreen.server.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code batch}: one Post JSON a line in, one report a line out, in the same order. A line that cannot be screened
 * gets {@code {"line": N, "error": "..."}} and the rest go on. The output is written to a temporary file beside
 * {@code --out} and moved into place at the end, so a failed run leaves no half-written file.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Screens one post a line of POSTS.jsonl and writes one report a line to REPORTS.jsonl. "
                + "Exits 0, or 65 when any line was bad.")
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--in", paramLabel = "POSTS.jsonl", required = true, description = "One Post JSON a line.")
    Path in;

    @Option(names = "--out", paramLabel = "REPORTS.jsonl", required = true, description = "One report a line.")
    Path out;

    @Mixin
    ContextOptions inputs;

    /** Posts in flight per thread: enough to keep every thread busy while reports go out in input order. */
    private static final int WINDOW_PER_THREAD = 4;
    /** A generous bound on the tasks of one post (a detector or an image each, a rule each). */
    private static final int TASKS_PER_POST = 128;

    private int threads;

    @Option(names = "--threads", paramLabel = "N",
            description = "Posts screened at once; default: every core. Reports keep the input order.")
    void threads(int n) {
        if (n < 1 || n > 1024) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads: must be between 1 and 1024, not " + n);
        }
        this.threads = n;
    }

    @Option(names = "--redact-to", paramLabel = "DIR",
            description = "Writes each remediated post to DIR/<postId>/ (post.txt and the images).")
    Path redactTo;

    @Option(names = "--format", paramLabel = "json|html", defaultValue = "json",
            description = "REPORTS as JSON lines (default) or as one self-contained HTML file, post after post.")
    ScreenCommand.Format format;

    /** What one line gave: a report, or an error that is bad input, or an internal one. */
    private record Result(String json, Verdict verdict, String error, boolean internal) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (format == ScreenCommand.Format.text) {
            // a flag's value outside what the command takes is a usage error (64), as for every flag
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format: batch writes json or html");
        }
        AtomicOutput.requireFile(in, "--in");
        ContextJson.Practice practice = inputs.practice();
        int threads = this.threads > 0 ? this.threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        // the screener's detector pool gets the same threads: --threads 1 is one core's work, not one post at a time
        // fanned out over every core; its queue holds the tasks of every post in flight
        Screener screener = inputs.screener(main, practice, err,
                b -> b.threads(threads).queueCapacity(Math.max(Screener.Builder.DEFAULT_QUEUE_CAPACITY,
                        threads * WINDOW_PER_THREAD * TASKS_PER_POST)));
        Path base = in.toAbsolutePath().getParent();
        String label = in.getFileName().toString();
        Progress progress = Progress.start(System.console() != null ? err : null, countLines(in));

        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int bad = 0;
        int internal = 0;
        int posts = 0;
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "privacy-screen-batch");
            t.setDaemon(true);
            return t;
        });
        boolean html = format == ScreenCommand.Format.html;
        try (AtomicOutput output = AtomicOutput.open(out, "--out");
             BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            BufferedWriter writer = output.writer();
            if (html) {
                writer.write(HtmlReport.header("Privacy Screen report: " + label));
            }
            // a window of lines in flight keeps every core busy while the reports go out in input order
            ArrayDeque<Future<Result>> window = new ArrayDeque<>();
            int lineNo = 0;
            String line;
            while (true) {
                line = reader.readLine();
                if (line != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    int n = lineNo;
                    String text = line;
                    window.add(pool.submit(() -> screenLine(screener, text, n, base, label, err, html)));
                }
                while (!window.isEmpty() && (line == null || window.size() >= threads * WINDOW_PER_THREAD)) {
                    Result r = get(window.poll());
                    writer.write(html && r.verdict() == null ? htmlError(r.error()) : r.json());
                    writer.newLine();
                    posts++;
                    if (r.verdict() != null) {
                        counts.merge(r.verdict(), 1, Integer::sum);
                    } else {
                        err.println("privacy-screen: " + r.error());
                        if (r.internal()) {
                            internal++;
                        } else {
                            bad++;
                        }
                    }
                    progress.step();
                }
                if (line == null) {
                    break;
                }
            }
            if (html) {
                writer.write(HtmlReport.footer());
            }
            output.commit();
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stdout.printf(java.util.Locale.ROOT,
                "batch: %d posts: %d ALLOW, %d REVIEW, %d BLOCK, %d bad%s in %.1f s (%.1f posts/s); reports in %s%n",
                posts, counts.getOrDefault(Verdict.ALLOW, 0), counts.getOrDefault(Verdict.REVIEW, 0),
                counts.getOrDefault(Verdict.BLOCK, 0), bad, internal > 0 ? ", " + internal + " failed" : "",
                seconds, seconds > 0 ? posts / seconds : 0.0, out);
        stdout.flush();
        err.flush();
        return internal > 0 ? Exit.INTERNAL : bad > 0 ? Exit.BAD_INPUT : 0;
    }

    private static String htmlError(String error) {
        return "<section class=\"card error\">" + HtmlReport.escape(error) + "</section>";
    }

    private Result screenLine(Screener screener, String text, int n, Path base, String label, PrintWriter err,
                              boolean html) {
        String where = label + " line " + n;
        try {
            Post post = PostJson.read(JsonText.parse(text, where), base, where);
            ScreeningReport report = screener.screen(post);
            if (redactTo != null) {
                Redactions.write(post, report, redactTo.resolve(Redactions.safe(post.id())), err);
            }
            return new Result(html ? HtmlReport.section(n, post, report) : ReportJson.line(ReportJson.write(report)),
                    report.verdict(), null, false);
        } catch (BadInputException e) {
            return error(n, e.getMessage(), false);
        } catch (JsonInputException e) {
            return error(n, e.getMessage() + (e.code() == ErrorCode.INVALID_RECORD ? "" : " [" + e.code() + "]"), false);
        } catch (PrivacyScreenException e) {
            return error(n, where + ": " + Errors.oneLine(e.getMessage()) + " [" + e.code() + "]", !e.badInput());
        } catch (IllegalArgumentException | NullPointerException e) {
            // the library's own validation of a value the reader let through
            return error(n, where + ": " + Errors.oneLine(e.getMessage()), false);
        } catch (RuntimeException e) {
            return error(n, where + ": internal error: " + Errors.describe(e), true);
        }
    }

    private static Result error(int line, String message, boolean internal) {
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("line", line);
        o.put("error", message);
        return new Result(ReportJson.line(o), null, message, internal);
    }

    private static Result get(Future<Result> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch worker failed", e.getCause());
        }
    }

    private static long countLines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException("--in " + file + ": not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new BadInputException("--in " + file + ": file not found");
        }
    }
}
