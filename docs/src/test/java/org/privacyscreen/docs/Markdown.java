package org.privacyscreen.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fenced code blocks of a Markdown file, with their info strings ("java", "xml", "java module-info"). */
final class Markdown {
    /** One fenced block: its info string, its text, and where it starts. */
    record Block(String info, String text, int line) {
    }

    private static final Pattern FENCE = Pattern.compile("(?ms)^```([^\\n`]*)\\n(.*?)^```\\s*$");

    private Markdown() {
    }

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("the repository root (with mvnw) is not above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> blocks(Path file) {
        String text = read(file);
        List<Block> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).lines().count() + 1;
            out.add(new Block(m.group(1).strip(), m.group(2), line));
        }
        return out;
    }

    static List<Block> blocks(Path file, String info) {
        return blocks(file).stream().filter(b -> b.info().equals(info)).toList();
    }
}
