package org.privacyscreen.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles snippets as written, each a compilation unit of its own, against this JVM's class path. */
final class JavaSources {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile(
            "(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

    private JavaSources() {
    }

    /** The errors of compiling {@code snippets} together into {@code out} (empty when they compile). */
    static List<String> compile(List<Markdown.Block> snippets, String document, Path sources, Path out) {
        try {
            List<Path> files = new ArrayList<>();
            for (Markdown.Block b : snippets) {
                Matcher pkg = PACKAGE.matcher(b.text());
                Matcher type = TYPE.matcher(b.text());
                if (!type.find()) {
                    throw new AssertionError(document + " line " + b.line() + ": the snippet declares no class");
                }
                Path dir = pkg.find() ? sources.resolve(pkg.group(1).replace('.', '/')) : sources;
                Files.createDirectories(dir);
                Path file = dir.resolve(type.group(1) + ".java");
                Files.writeString(file, b.text());
                files.add(file);
            }
            Files.createDirectories(out);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("--release", "17", "-proc:none", "-d", out.toString(),
                        "-classpath", System.getProperty("java.class.path"));
                StringWriter log = new StringWriter();
                boolean ok = javac.getTask(log, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
                        .call();
                List<String> errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> document + ": " + (d.getSource() == null ? "" : Path.of(d.getSource().toUri())
                                .getFileName() + ":" + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
                        .toList();
                if (!ok && errors.isEmpty()) {
                    return List.of(document + ": javac failed: " + log);
                }
                return errors;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
