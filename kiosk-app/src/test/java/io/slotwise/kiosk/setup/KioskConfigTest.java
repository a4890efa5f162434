package io.slotwise.kiosk.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBackAsTheyWereAndOnlyTheirOwnerCanReadThem() throws Exception {
        Path file = dir.resolve("nested/kiosk.properties");
        KioskConfig config = new KioskConfig("https://book.example.com", "kiosk_abc", "k3y", PinHash.of("2468"), true);

        config.save(file);

        assertThat(KioskConfig.load(file)).contains(config);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.list(file.getParent())).as("no temporary file left behind").hasSize(1);
    }

    @Test
    void noFileMeansTheFirstRunScreen() throws Exception {
        assertThat(KioskConfig.load(dir.resolve("missing.properties"))).isEmpty();
    }

    @Test
    void eachProblemIsNamedInWordsForWhoeverSetsTheKioskUp() {
        KioskConfig config = new KioskConfig("book.example.com", "abc", " ", "", true);

        assertThat(config.problems()).containsExactly(
                "The server address must start with http:// or https://",
                "The device token starts with kiosk_ (an owner creates it under Kiosk devices)",
                "The venue's embed key is missing",
                "A staff PIN is needed to leave kiosk mode");
        assertThat(KioskConfig.demo().problems()).isEmpty();
    }
}
