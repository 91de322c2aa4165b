package org.privacyscreen.server;

import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The consent database a service runs on, from a JDBC URL: H2 ({@code jdbc:h2:...}) or PostgreSQL
 * ({@code jdbc:postgresql://...}). The user and password come from the URL or from the environment variables
 * {@code PRIVACY_SCREEN_DB_USER} and {@code PRIVACY_SCREEN_DB_PASSWORD}, so that no password need be on a command
 * line; neither is ever logged.
 */
public final class Databases {
    public static final String USER = "PRIVACY_SCREEN_DB_USER";
    public static final String PASSWORD = "PRIVACY_SCREEN_DB_PASSWORD";

    private Databases() {
    }

    /**
     * The data source for {@code url}.
     *
     * @throws IllegalArgumentException when the URL is neither H2 nor PostgreSQL
     */
    public static DataSource fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        String user = System.getenv(USER);
        String password = System.getenv(PASSWORD);
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            ds.setUser(user != null ? user : "sa");
            ds.setPassword(password != null ? password : "");
            return ds;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            return ds;
        }
        throw new IllegalArgumentException("--database: must be an H2 (jdbc:h2:...) or PostgreSQL"
                + " (jdbc:postgresql://...) JDBC URL");
    }
}
