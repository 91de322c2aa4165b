package org.privacyscreen.testkit;

import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for tests that writes every level, trace and debug included, to the current
 * {@code System.err}, so that {@link LogCapture} sees what a detector would log at any level, not only what the
 * host's configuration happens to let through.
 *
 * <p>It is not registered as a service (it would compete with the host's provider); select it with the system
 * property {@code slf4j.provider=org.privacyscreen.testkit.TestSlf4jProvider}, for instance in Maven Surefire's
 * {@code systemPropertyVariables}.
 */
public final class TestSlf4jProvider implements SLF4JServiceProvider {
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, AllLevels::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    /** Called by SLF4J. */
    public TestSlf4jProvider() {
    }

    /** Whether SLF4J is bound to this provider in this JVM. */
    public static boolean active() {
        return org.slf4j.LoggerFactory.getILoggerFactory().getLogger("x") instanceof AllLevels;
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    private static final class AllLevels extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        AllLevels(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable thrown) {
            StringBuilder line = new StringBuilder().append('[').append(Thread.currentThread().getName())
                    .append("] ").append(level).append(' ').append(name).append(" - ")
                    .append(MessageFormatter.basicArrayFormat(pattern, args));
            for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
                line.append(" | ").append(t);
            }
            PrintStream err = System.err;
            err.println(line);
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
