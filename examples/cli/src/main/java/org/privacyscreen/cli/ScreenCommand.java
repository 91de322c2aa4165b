package org.privacyscreen.cli;

import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.ReportJson;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.json.internal.ImageFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Author;
import org.privacyscreen.Post;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.server.HtmlReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code screen}: one post, one report; exits 0, 1 or 2 for ALLOW, REVIEW, BLOCK. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Screens one post and prints its report. Exits 0 (ALLOW), 1 (REVIEW) or 2 (BLOCK).")
final class ScreenCommand implements Callable<Integer> {
    /** The report formats. */
    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    ContextOptions inputs;

    @Mixin
    ReportOptions reportOptions;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Report format: text (a readable summary), json (Report JSON, docs/formats.md) or html (one"
                    + " self-contained file: values masked, photos blurred with boxes).")
    Format format;

    @Option(names = "--redact-to", paramLabel = "DIR",
            description = "Writes the remediated post: DIR/post.txt and DIR/<index>-<image file name>.")
    Path redactTo;

    /** Either a Post JSON file or a post given inline. */
    static final class Source {
        @Option(names = "--post", paramLabel = "FILE", required = true,
                description = "Post JSON file (docs/formats.md); - reads it from standard input.")
        Path post;

        @ArgGroup(exclusive = false)
        Inline inline;
    }

    /** A post given on the command line. */
    static final class Inline {
        @Option(names = "--text", paramLabel = "TEXT", required = true, description = "The post's text.")
        String text;

        @Option(names = "--image", paramLabel = "FILE", description = "An image of the post (repeatable).")
        List<Path> images = new ArrayList<>();

        @Option(names = "--channel", paramLabel = "C", converter = FlagValues.Channel.class,
                description = "Channel: instagram, facebook, ... (default: other).")
        String channel;

        @Option(names = "--purpose", paramLabel = "P", converter = FlagValues.PurposeValue.class,
                description = "Purpose: social_post, advert, print, group_message, reply, comment (default: social_post).")
        Purpose purpose;

        @Option(names = "--account", paramLabel = "official|personal", converter = FlagValues.Account.class,
                description = "The account posting (default: official).")
        AccountKind account;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Post post = post();
        ContextJson.Practice practice = inputs.practice();
        Screener screener = inputs.screener(main, practice, err);
        ScreeningReport report = screener.screen(post);
        if (redactTo != null) {
            Redactions.write(post, report, redactTo, err);
        }
        if (format == Format.json) {
            out.println(ReportJson.line(ReportJson.write(report)));
        } else if (format == Format.html) {
            out.print(HtmlReport.render(post, report));
        } else {
            reportOptions.textReport(practice.directory()).print(post, report, out);
        }
        out.flush();
        return Exit.of(report.verdict());
    }

    private Post post() {
        if (source.post != null) {
            Path file = source.post;
            if (file.toString().equals("-")) {
                // images named in a post read from standard input resolve against the working folder
                return PostJson.read(JsonText.parse(main.readStandardInput(), "standard input"),
                        Path.of("").toAbsolutePath(), "standard input");
            }
            Path base = file.toAbsolutePath().getParent();
            return PostJson.read(JsonText.readFile(file, file.toString()), base, file.toString());
        }
        Inline in = source.inline;
        Post.Builder b = Post.builder().text(in.text);
        for (int i = 0; i < in.images.size(); i++) {
            b.image(ImageFiles.load(null, in.images.get(i).toString(), "--image " + in.images.get(i)));
        }
        if (in.text.isEmpty() && in.images.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--text: a post needs text or at least one image");
        }
        if (in.channel != null) {
            b.channel(in.channel);
        }
        if (in.purpose != null) {
            b.purpose(in.purpose);
        }
        if (in.account != null) {
            b.author(new Author(java.util.Optional.empty(), in.account));
        }
        return b.build();
    }
}
