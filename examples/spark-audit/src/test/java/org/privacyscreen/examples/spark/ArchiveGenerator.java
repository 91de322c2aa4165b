package org.privacyscreen.examples.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * Writes an invented archive for measuring the sweep: {@code context.json} (300 clients, a consent each, some
 * revoked, expired or refused, and a recorded use for every post that relied on one) and {@code published.jsonl}
 * (short posts: safe news, thanks that name a client, stories about a declared subject).
 *
 * <p>{@code java -cp target/test-classes:target/spark-audit.jar org.privacyscreen.examples.spark.ArchiveGenerator
 * DIR 100000}
 */
public final class ArchiveGenerator {
    private static final String[] FIRST = {"Ada", "Bram", "Cleo", "Dmitri", "Esme", "Farid", "Greta", "Hollis",
            "Ines", "Jovan", "Kit", "Lorcan", "Maren", "Niamh", "Otto", "Priya", "Quinn", "Rosalind", "Soren", "Tamsin"};
    private static final String[] LAST = {"Abernethy", "Blackwood", "Castellan", "Dunmore", "Ellery", "Fairlie",
            "Gorecki", "Hartigan", "Ivers", "Jessop", "Kilbride", "Lindqvist", "Moncrieff", "Nordahl", "Okonjo"};
    private static final String[] SAFE = {"Our flu clinic runs every Saturday morning this month.",
            "We are closed on the bank holiday; call 111 if you need urgent advice.",
            "Welcome to our new physiotherapist, who joins the team on Monday!",
            "Five tips for a healthy back at your desk: move every hour.",
            "Thank you to everyone who ran the charity 5k for the children's ward."};

    private ArchiveGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int posts = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        Random r = new Random(42);
        int clients = 300;
        Instant start = Instant.parse("2025-01-01T09:00:00Z");
        StringBuilder people = new StringBuilder();
        StringBuilder consents = new StringBuilder();
        StringBuilder uses = new StringBuilder();
        for (int c = 0; c < clients; c++) {
            String name = FIRST[c % FIRST.length] + " " + LAST[(c / FIRST.length) % LAST.length];
            people.append(c == 0 ? "" : ",\n").append("{\"id\": \"cl-").append(c).append("\", \"name\": \"")
                    .append(name).append("\"}");
            String status = c % 17 == 0 ? "refused" : "granted";
            consents.append(c == 0 ? "" : ",\n").append("{\"id\": \"k-").append(c).append("\", \"clientId\": \"cl-")
                    .append(c).append("\", \"status\": \"").append(status)
                    .append("\", \"permissions\": [\"share\", \"name\"], \"evidence\": {\"kind\": \"written\"}")
                    .append(c % 11 == 0 ? ", \"revokedAt\": \"2026-03-01T00:00:00Z\"" : "")
                    .append(c % 13 == 0 ? ", \"validUntil\": \"2026-06-30\"" : "").append("}");
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("published.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < posts; i++) {
                int c = r.nextInt(clients);
                String name = FIRST[c % FIRST.length] + " " + LAST[(c / FIRST.length) % LAST.length];
                Instant at = start.plus(r.nextInt(500), ChronoUnit.DAYS);
                String text;
                boolean relies = false;
                switch (r.nextInt(4)) {
                    case 0, 1 -> text = SAFE[r.nextInt(SAFE.length)];
                    case 2 -> {
                        text = "Huge thanks to " + name + " for the lovely card, see you at your next visit!";
                        relies = c % 17 != 0;
                    }
                    default -> {
                        text = "A story of recovery: back on the bike six weeks after knee surgery.";
                        relies = c % 17 != 0;
                    }
                }
                w.write("{\"id\": \"p-" + i + "\", \"text\": \"" + text + "\", \"createdAt\": \"" + at + "\""
                        + (text.startsWith("A story") ? ", \"subjects\": [\"cl-" + c + "\"]" : "") + "}\n");
                if (relies && r.nextInt(10) > 0) { // a tenth of them were published without the use recorded
                    uses.append(uses.length() == 0 ? "" : ",\n").append("{\"consentId\": \"k-").append(c)
                            .append("\", \"postId\": \"p-").append(i).append("\", \"channel\": \"other\", \"at\": \"")
                            .append(at).append("\"}");
                }
            }
        }
        Files.writeString(dir.resolve("context.json"), "{\"organisation\": {\"name\": \"Invented Clinic\", "
                + "\"timeZone\": \"Europe/London\"},\n\"clients\": [" + people + "],\n\"consents\": [" + consents
                + "],\n\"uses\": [" + uses + "]}\n");
    }
}
