package io.slotwise.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.kiosk.flow.FakeBackend;
import io.slotwise.kiosk.flow.InstantCardTerminal;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.setup.PinHash;
import io.slotwise.kiosk.setup.StaffExit;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Writes a PNG of every kiosk screen to {@code kiosk-app/target/kiosk-screenshots/} (the README's
 * pictures come from here): {@code mvn -B -pl kiosk-app -am verify -Dtest=KioskScreenshotsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. The screens are drawn from a fake server with a fixed
 * clock, so the pictures are the same every time.
 */
@ExtendWith(ApplicationExtension.class)
class KioskScreenshotsTest {

    static final Path OUT = Path.of("target", "kiosk-screenshots");
    final Instant now = Instant.parse("2027-03-10T09:00:00Z");
    final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    final PublicActivity vault = activity("The Vault");
    final PublicActivity lab = activity("Mad Lab");
    final List<SessionView> sessions = new ArrayList<>();
    FakeBackend backend;
    KioskFlow flow;
    StaffExit exit;
    Scene scene;

    private PublicActivity activity(String name) {
        return new PublicActivity(UUID.randomUUID(), UUID.randomUUID(), "Downtown", "Europe/Berlin", name, "", 60, 2500, "EUR",
                2, 6, 6, PaymentMode.PAY_AT_VENUE, "demo", false);
    }

    @Start
    void start(Stage stage) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        int[] left = {6, 4, 0, 6, 2, 6, 5, 0};
        for (int i = 0; i < left.length; i++) {
            OffsetDateTime start = now.plus(Duration.ofMinutes(90L * (i + 1))).atZone(berlin).withMinute(0).toOffsetDateTime();
            sessions.add(new SessionView(UUID.randomUUID(), vault.id(), start, start.plusHours(1), 6, left[i], SessionStatus.OPEN));
        }
        backend = new FakeBackend(vault, sessions, new AtomicReference<>(now));
        flow = new KioskFlow(backend, Runnable::run, Runnable::run, clock);
        exit = new StaffExit(PinHash.of("1234"), clock, () -> { });
        Parent root = new StaffExitView(new KioskView(flow, List.of(new InstantCardTerminal())).root(), exit).root();
        scene = new Scene(root, 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyScreen(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        List<Path> written = new ArrayList<>();
        robot.interact(() -> {
            written.add(shot("1-attract"));
            flow.start();
            written.add(shot("2-activity"));
            flow.chooseActivity(vault);
            written.add(shot("3-time"));
            flow.chooseSession(sessions.get(1));
            written.add(shot("4-party"));
            flow.choosePartySize(3);
            written.add(shot("5-details"));
            flow.hold("Ana Lima", "ana@example.com", null);
            written.add(shot("6-hold"));
            flow.payAtDesk();
            written.add(shot("7-desk"));
        });
        robot.interact(() -> {
            flow.cancel();
            flow.start();
            flow.chooseActivity(vault);
            flow.chooseSession(sessions.get(0));
            flow.choosePartySize(2);
            flow.hold("Ana Lima", "ana@example.com", null);
        });
        robot.interact(() -> {
            flow.pay(new InstantCardTerminal());
            written.add(shot("8-confirmed"));
            exit.cornerTapped();
            exit.cornerTapped();
            exit.cornerTapped();
            exit.cornerTapped();
            exit.cornerTapped();
            written.add(shot("9-staff-exit"));
        });
        written.add(setupShot(robot));

        assertThat(written).hasSize(10).allSatisfy(png -> {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
            // A real picture, not a blank: the page colour and the button blue are both there.
            assertThat(distinctColours(image)).isGreaterThan(8);
        });
    }

    /** The customer's screens once more, in German, chosen on the first screen. */
    @Test
    void theCustomersScreensInGerman(FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        List<Path> written = new ArrayList<>();
        robot.interact(() -> {
            flow.language().choose("de");
            written.add(shot("de-1-attract"));
            flow.start();
            flow.chooseActivity(vault);
            written.add(shot("de-3-time"));
            flow.chooseSession(sessions.get(1));
            flow.choosePartySize(3);
            written.add(shot("de-5-details"));
            flow.hold("Jonas Berg", "jonas@example.com", null);
            written.add(shot("de-6-hold"));
            flow.pay(new InstantCardTerminal());
            written.add(shot("de-8-confirmed"));
        });

        assertThat(written).hasSize(5).allSatisfy(png -> assertThat(distinctColours(ImageIO.read(png.toFile()))).isGreaterThan(8));
        assertThat(backend.lastHold.locale()).isEqualTo("de");
    }

    private Path setupShot(FxRobot robot) {
        List<Path> out = new ArrayList<>();
        robot.interact(() -> {
            SetupView setup = new SetupView(Path.of("/etc/slotwise/kiosk.properties"), Executors.newSingleThreadExecutor(), c -> { });
            scene.setRoot(setup.root());
            out.add(shot("10-setup"));
        });
        return out.get(0);
    }

    private Path shot(String name) {
        WritableImage image = scene.getRoot().snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = OUT.resolve("kiosk-" + name + ".png");
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
