package org.privacyscreen.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.privacyscreen.PluginProblem;

/**
 * The jars of a {@code --plugins} folder, in one class loader above the command's own. A jar that cannot be read is
 * reported with its path and reason and left out; the others load.
 */
final class PluginJars {
    /** What a plugin folder gave: the loader to discover in, the jars in it, the jars that were left out and why. */
    record Loaded(ClassLoader loader, List<Path> jars, List<PluginProblem> problems) {
    }

    private PluginJars() {
    }

    static Loaded open(Path dir, ClassLoader parent) {
        if (!Files.exists(dir)) {
            throw new BadInputException("--plugins: folder not found: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("--plugins: not a folder: " + dir);
        }
        List<Path> candidates;
        try (Stream<Path> s = Files.list(dir)) {
            candidates = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new BadInputException("--plugins: folder cannot be read (" + e.getClass().getSimpleName() + "): "
                    + dir);
        }
        List<URL> urls = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        for (Path jar : candidates) {
            String reason = check(jar);
            if (reason != null) {
                problems.add(new PluginProblem("(jar)", jar.toString(), reason));
                continue;
            }
            try {
                urls.add(jar.toUri().toURL());
                jars.add(jar);
            } catch (MalformedURLException e) {
                problems.add(new PluginProblem("(jar)", jar.toString(), "not a valid path"));
            }
        }
        ClassLoader loader = urls.isEmpty() ? parent
                : new URLClassLoader("privacy-screen-plugins", urls.toArray(URL[]::new), parent);
        return new Loaded(loader, List.copyOf(jars), List.copyOf(problems));
    }

    /** Why {@code jar} cannot be used, or null: it must open as a zip and every entry's header must read. */
    private static String check(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return "not a regular file";
        }
        try (JarFile f = new JarFile(jar.toFile(), false)) {
            for (Enumeration<JarEntry> e = f.entries(); e.hasMoreElements(); ) {
                e.nextElement();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage();
            return "cannot be opened as a jar (" + e.getClass().getSimpleName()
                    + (m == null ? "" : ": " + m.lines().findFirst().orElse("")) + ")";
        }
    }
}
