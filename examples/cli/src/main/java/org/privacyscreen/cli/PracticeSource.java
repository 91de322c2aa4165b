package org.privacyscreen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.privacyscreen.consent.jdbc.ConsentDatabase;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.server.Databases;
import org.privacyscreen.spi.ClientDirectory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code --context FILE | --database JDBC-URL} and {@code --directory FILE}, shared by {@code serve} and {@code sweep}:
 * where the practice's people and consents come from. A context file holds everything and is read-only; a consent
 * database (the embedded H2 ledger in {@code ~/.privacy-screen/} when neither is given) holds consents, uses and
 * engagements, and a directory file then gives the organisation and people.
 */
final class PracticeSource {
    @ArgGroup(exclusive = true)
    Store store;

    @Option(names = "--directory", paramLabel = "FILE",
            description = "With the consent database: Context JSON giving only the organisation, clients and staff.")
    Path directory;

    /** Where consents come from: a read-only context file, or a database. */
    static final class Store {
        @Option(names = "--context", paramLabel = "FILE",
                description = "Context JSON: the practice, its people, consents, uses and engagements (read-only).")
        Path context;

        @Option(names = "--database", paramLabel = "JDBC-URL",
                description = "H2 or PostgreSQL consent database (user and password also from PRIVACY_SCREEN_DB_USER"
                        + " and PRIVACY_SCREEN_DB_PASSWORD). Default: the H2 ledger in ~/.privacy-screen/.")
        String database;
    }

    /** The context file's practice, when {@code --context} was given. */
    Optional<ContextJson.Practice> contextFile() {
        if (store == null || store.context == null) {
            return Optional.empty();
        }
        if (directory != null) {
            throw new BadInputException("--directory: the context file already gives the people; use one");
        }
        return Optional.of(ContextJson.read(JsonText.readFile(store.context, store.context.toString()),
                store.context.toString()));
    }

    /** The consent database: {@code --database}, or the embedded H2 ledger. */
    DataSource database() {
        if (store == null || store.database == null) {
            return ConsentDatabase.h2(ConsentDatabase.DEFAULT_H2_FILE);
        }
        try {
            return Databases.fromUrl(store.database);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** With the database: the people of {@code --directory}, or nobody. */
    ClientDirectory people() {
        if (directory == null) {
            return ClientDirectory.EMPTY;
        }
        JsonNode node = JsonText.readFile(directory, directory.toString());
        for (String field : List.of("consents", "uses", "engagements")) {
            if (node.has(field)) {
                throw new BadInputException("--directory " + directory + ": " + field + ": record them in the consent"
                        + " database; the directory file gives only organisation, clients and staff");
            }
        }
        return ContextJson.read(node, directory.toString()).directory();
    }

    /** Names the source for a start-up line, without its path or URL (either may say too much). */
    String describe() {
        return store != null && store.context != null ? "the context file given"
                : store != null && store.database != null ? "the consent database given"
                : "the consent ledger in " + ConsentDatabase.DEFAULT_H2_FILE.getParent();
    }
}
