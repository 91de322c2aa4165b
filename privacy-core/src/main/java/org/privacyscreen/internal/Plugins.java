package org.privacyscreen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.privacyscreen.PluginProblem;
import org.privacyscreen.spi.DetectorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds detector providers with {@link ServiceLoader}; one that fails is reported and skipped. */
final class Plugins {
    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);
    private static final String SERVICE_FILE = "META-INF/services/" + DetectorProvider.class.getName();

    private Plugins() {
    }

    record Loaded(DetectorProvider provider, String source) {
    }

    static List<Loaded> discover(ClassLoader loader, List<PluginProblem> problems) {
        List<Loaded> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<DetectorProvider>> it =
                ServiceLoader.load(DetectorProvider.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<DetectorProvider> p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                String name = providerName(e);
                problems.add(new PluginProblem(name, serviceFiles(loader).getOrDefault(name, "unknown"), reason(e)));
                LOG.warn("Skipped a detector provider that could not be loaded: {}", reason(e));
                continue;
            }
            String name = p.type().getName();
            String source = sourceOf(p.type());
            try {
                found.add(new Loaded(p.get(), source));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(name, source, reason(e)));
                LOG.warn("Skipped detector provider {} from {}: {}", name, source, reason(e));
            }
        }
        return found;
    }

    /**
     * Which jar or folder lists each provider, read from the service files themselves: a provider whose class cannot
     * be loaded has no code source to ask, yet its jar is what the host needs to know.
     */
    private static Map<String, String> serviceFiles(ClassLoader loader) {
        Map<String, String> sources = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICE_FILE);
            while (files.hasMoreElements()) {
                URL url = files.nextElement();
                String where = url.toString().replaceFirst("^jar:", "").replaceFirst("!?/?" + SERVICE_FILE + "$", "");
                try (InputStream in = url.openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty())
                            .forEach(l -> sources.putIfAbsent(l, where));
                }
            }
        } catch (IOException e) {
            // best effort: the problem is still reported, with its source unknown
        }
        return sources;
    }

    static String sourceOf(Class<?> type) {
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            return cs != null && cs.getLocation() != null ? cs.getLocation().toString() : "unknown";
        } catch (SecurityException e) {
            return "unknown";
        }
    }

    /** The failure as one line: exception types down the cause chain, with the outermost message. */
    static String reason(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage().lines().findFirst().orElse(""));
        }
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(" <- ").append(c.getClass().getSimpleName());
            if (c.getMessage() != null) {
                sb.append(": ").append(c.getMessage().lines().findFirst().orElse(""));
            }
        }
        return sb.toString();
    }

    private static String providerName(Throwable e) {
        String m = e.getMessage();
        if (m != null && m.startsWith(DetectorProvider.class.getName() + ": ")) {
            String rest = m.substring(DetectorProvider.class.getName().length() + 2);
            int sp = rest.indexOf(' ');
            return sp > 0 ? rest.substring(sp + 1).replaceFirst("^Provider ", "").split(" ")[0] : rest;
        }
        return "unknown";
    }
}
