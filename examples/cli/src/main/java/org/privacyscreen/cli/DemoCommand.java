package org.privacyscreen.cli;

import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.internal.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: a made-up practice and its posts, built in, screened and shown as readable reports. */
@Command(name = "demo", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Screens the built-in sample posts of a made-up practice and prints their reports.")
final class DemoCommand implements Callable<Integer> {
    private static final String CONTEXT = "demo/context.json";
    private static final String POSTS = "demo/posts.json";

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--verbose",
            description = "Adds each finding's technical detail: type, severity, detector, confidence, offsets, ids.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContextJson.Practice practice = ContextJson.read(JsonText.parse(resource(CONTEXT), CONTEXT), CONTEXT);
        Screener screener = main.screener(practice, ScreeningPolicy.defaults(), err);
        // the practice is made up, so its people are shown by name, as the practice knows them
        TextReport text = new TextReport(TextReport.colourWanted(), verbose, true, practice.directory());
        JsonNode posts = JsonText.parse(resource(POSTS), POSTS);
        out.println("Harbour Lane Counselling (a made-up practice): " + posts.size() + " posts, "
                + screener.detectors().size() + " detectors and rules");
        Path images = extractImages(posts);
        int n = 0;
        for (JsonNode entry : posts) {
            n++;
            Post post = PostJson.read(entry.get("post"), images, POSTS + "[" + (n - 1) + "]");
            out.println();
            out.println(n + ". " + entry.path("title").asText());
            out.println("   \"" + post.text() + "\"");
            post.images().forEach(im -> out.println("   [photo: " + im.name() + "]"));
            ScreeningReport report = screener.screen(post);
            text.print(post, report, out);
        }
        out.flush();
        deleteQuietly(images);
        return 0;
    }

    /** The demo's photos, copied out of the jar into a temporary folder so posts can name them as files. */
    private static Path extractImages(JsonNode posts) {
        try {
            Path dir = Files.createTempDirectory("privacy-screen-demo");
            for (JsonNode entry : posts) {
                for (JsonNode image : entry.path("post").path("images")) {
                    String name = image.asText();
                    try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + name)) {
                        if (in == null) {
                            throw new IllegalStateException("built-in image missing: " + name);
                        }
                        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the demo's images", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit(); // a leftover temp folder is harmless
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("built-in resource unreadable: " + name, e);
        }
    }
}
