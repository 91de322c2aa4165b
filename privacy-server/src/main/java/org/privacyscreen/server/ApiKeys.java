package org.privacyscreen.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * The API keys a service accepts, held as SHA-256 hashes only, each under a name that rate limits and metrics use
 * in its place. The file has one key a line, {@code NAME sha256:HEX}, where HEX is the SHA-256 of the key's UTF-8
 * bytes ({@code printf %s "$KEY" | sha256sum}); blank lines and lines starting with {@code #} are ignored. A key in
 * clear is refused: the file must never hold one. Keys are random strings, so an unsalted hash is enough.
 *
 * <p>A presented key is hashed and compared with every stored hash in constant time, whichever matches.
 */
public final class ApiKeys {
    private static final Pattern LINE = Pattern.compile("([A-Za-z0-9._-]{1,64})\\s+sha256:([0-9a-fA-F]{64})");

    private record Entry(String name, byte[] hash) {
    }

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No keys: every caller is let in (the service then rate-limits by client address). */
    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    /**
     * The keys in {@code file}.
     *
     * @throws PrivacyScreenException ({@code INVALID_RECORD}) naming the line that is not {@code NAME sha256:HEX};
     *                                the message never quotes the line, which could be a key in clear
     */
    public static ApiKeys load(Path file) {
        Objects.requireNonNull(file, "file");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PrivacyScreenException(ErrorCode.INVALID_RECORD, "--api-keys " + file + ": cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        List<Entry> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new PrivacyScreenException(ErrorCode.INVALID_RECORD, "--api-keys " + file + ": line " + (i + 1)
                        + ": must be NAME sha256:HEX (the SHA-256 of the key, never the key itself)");
            }
            if (!names.add(m.group(1))) {
                throw new PrivacyScreenException(ErrorCode.INVALID_RECORD, "--api-keys " + file + ": line " + (i + 1)
                        + ": duplicate name");
            }
            out.add(new Entry(m.group(1), HexFormat.of().parseHex(m.group(2).toLowerCase(java.util.Locale.ROOT))));
        }
        if (out.isEmpty()) {
            throw new PrivacyScreenException(ErrorCode.INVALID_RECORD, "--api-keys " + file
                    + ": holds no key (NAME sha256:HEX a line)");
        }
        return new ApiKeys(out);
    }

    /** Keys given by name and clear value, hashed at once (for hosts that keep keys elsewhere, and tests). */
    public static ApiKeys of(java.util.Map<String, String> keysByName) {
        List<Entry> out = new ArrayList<>();
        keysByName.forEach((name, key) -> out.add(new Entry(name, sha256(key))));
        return new ApiKeys(out);
    }

    /** Whether any key is configured; without keys every caller is let in. */
    public boolean required() {
        return !entries.isEmpty();
    }

    /** The name of the key {@code presented}, when it is one of these; constant time over every key. */
    public Optional<String> match(String presented) {
        Objects.requireNonNull(presented, "presented");
        byte[] hash = sha256(presented);
        String found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(hash, e.hash()) && found == null) {
                found = e.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The SHA-256 of {@code key}'s UTF-8 bytes, as the file holds it (without the {@code sha256:} prefix). */
    public static String hash(String key) {
        return HexFormat.of().formatHex(sha256(Objects.requireNonNull(key, "key")));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Names only: never a key or its hash. */
    @Override
    public String toString() {
        return "ApiKeys" + entries.stream().map(Entry::name).toList();
    }
}
