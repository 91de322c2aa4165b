package org.privacyscreen.json.internal;

import org.privacyscreen.json.JsonInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads JSON files and lines into trees, turning every failure into one line naming the file and the place. */
public final class JsonText {
    /** Strict: duplicate keys are an error, since the second would silently win over a consent's first value. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonText() {
    }

    /** The JSON in {@code file}; {@code label} names it in messages. */
    public static JsonNode readFile(Path file, String label) {
        String text = readText(file, label);
        return parse(text, label);
    }

    public static String readText(Path file, String label) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(label + ": file not found");
        } catch (AccessDeniedException e) {
            throw new JsonInputException(label + ": permission denied");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new JsonInputException(label + ": not UTF-8 text");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new JsonInputException(label + ": is a folder, not a file");
            }
            throw new JsonInputException(label + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Parses one JSON document; the message gives line and column but never the offending text. */
    public static JsonNode parse(String text, String label) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark some editors write
        }
        if (text.isBlank()) {
            throw new JsonInputException(label + ": is empty, expected JSON");
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new JsonInputException(label + ": is empty, expected JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new JsonInputException(label + ": malformed JSON at " + where(e) + ": " + reason(e));
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "an unknown place"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    /** Jackson's reason without its quote of the input, which may be personal data. */
    private static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "invalid" : e.getOriginalMessage();
        m = m.lines().findFirst().orElse("invalid");
        if (m.startsWith("Unrecognized token")) {
            return "unrecognized token (strings need double quotes)";
        }
        return m.replaceAll("\"[^\"]*\"", "\"...\"");
    }
}
