package org.privacyscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A context file of the wrong shape stops the command with exit 65 and one line naming the file and field. */
class ContextFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"clients\": [{\"name\": \"Ada Quill\"}]}|clients[0].id: is required",
            "{\"clients\": [{\"id\": \"c\", \"name\": \"A\"}], \"consents\": [{\"id\": \"k\", \"clientId\": \"c\", "
                    + "\"status\": \"maybe\", \"permissions\": [\"share\"]}]}|consents[0].status",
            "{\"organisation\": {\"name\": \"X\", \"timeZone\": \"Mars/Olympus\"}}|organisation.timeZone",
            "{\"patients\": []}|patients"})
    void screen_wrongShapeContextExits65WithOneLine(String json, String message) {
        Path ctx = Fixtures.write(dir, "context.json", json);
        Cli.Run r = Cli.run("screen", "--text", "hi", "--context", ctx.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("privacy-screen: " + ctx + ": ").contains(message);
    }
}
