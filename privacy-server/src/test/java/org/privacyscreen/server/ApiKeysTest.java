package org.privacyscreen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.PrivacyScreenException;

class ApiKeysTest {
    @TempDir
    Path dir;

    @Test
    void load_matchesTheKeyWhoseHashIsOnFileByItsName() throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# the CMS and the scheduler\n\ncms sha256:" + ApiKeys.hash("alpha-key")
                + "\nscheduler   sha256:" + ApiKeys.hash("beta-key").toUpperCase() + "\n");
        ApiKeys keys = ApiKeys.load(file);
        assertThat(keys.required()).isTrue();
        assertThat(keys.match("alpha-key")).hasValue("cms");
        assertThat(keys.match("beta-key")).hasValue("scheduler");
        assertThat(keys.match("alpha-key ")).isEmpty();
        assertThat(keys.match("ALPHA-KEY")).isEmpty();
        assertThat(keys.match("")).isEmpty();
        assertThat(keys.toString()).isEqualTo("ApiKeys[cms, scheduler]").doesNotContain(ApiKeys.hash("alpha-key"));
    }

    @Test
    void hash_isTheSha256ThatShaSumPrints() {
        // printf %s abc | sha256sum
        assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cms my-secret-key-in-clear", "cms sha256:abc", "sha256:" + "a", "cms md5:0123",
        "two words sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"})
    void load_refusesALineThatIsNotAHashWithoutQuotingIt(String line) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "ok sha256:" + ApiKeys.hash("x") + "\n" + line + "\n");
        assertThatThrownBy(() -> ApiKeys.load(file)).isInstanceOf(PrivacyScreenException.class)
                .hasMessageContaining("line 2: must be NAME sha256:HEX")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(line));
    }

    @Test
    void load_refusesAnEmptyFileAndDuplicateNames() throws Exception {
        Path empty = dir.resolve("empty");
        Files.writeString(empty, "# nothing\n");
        assertThatThrownBy(() -> ApiKeys.load(empty)).hasMessageContaining("holds no key");
        Path dup = dir.resolve("dup");
        Files.writeString(dup, "a sha256:" + ApiKeys.hash("1") + "\na sha256:" + ApiKeys.hash("2") + "\n");
        assertThatThrownBy(() -> ApiKeys.load(dup)).hasMessageContaining("line 2: duplicate name");
    }

    @Property(tries = 200)
    void aKeyMatchesItselfAndNoOtherKey(@ForAll @StringLength(min = 1, max = 60) String key,
                                        @ForAll @StringLength(min = 1, max = 60) String other) {
        ApiKeys keys = ApiKeys.of(java.util.Map.of("k", key));
        assertThat(keys.match(key)).hasValue("k");
        if (!other.equals(key)) {
            assertThat(keys.match(other)).isEmpty();
        }
    }
}
