package io.slotwise.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.kiosk.flow.FakeBackend;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.payment.SimulatedCardTerminal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The kiosk's screens in a real (headless) JavaFX scene graph, driven by touches. */
@ExtendWith(ApplicationExtension.class)
class KioskViewTest {

    final Instant now = Instant.now();
    final PublicActivity room = new PublicActivity(UUID.randomUUID(), UUID.randomUUID(), "Downtown", "Europe/Berlin",
            "Vault", "", 60, 2500, "EUR", 2, 6, 6, PaymentMode.PAY_AT_VENUE, "demo", false);
    final SessionView open = session(4, 2);
    final SessionView full = session(0, 3);
    final FakeBackend backend = new FakeBackend(room, List.of(open, full), new AtomicReference<>(now));

    private SessionView session(int remaining, int hoursAhead) {
        OffsetDateTime start = now.plus(Duration.ofHours(hoursAhead)).atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime();
        return new SessionView(UUID.randomUUID(), room.id(), start, start.plusHours(1), 6, remaining, SessionStatus.OPEN);
    }

    @Start
    void start(Stage stage) {
        // Server calls on their own thread, results on the FX thread: as in the app.
        KioskFlow flow = new KioskFlow(backend, command -> new Thread(command).start(), Platform::runLater, Clock.systemUTC());
        KioskView view = new KioskView(flow, List.of(new SimulatedCardTerminal(Duration.ofMillis(200))));
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @Test
    void aWalkInBooksWithTouchesOnly(FxRobot robot) throws Exception {
        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + room.id());
        robot.clickOn("#activity-" + room.id());
        waitFor(robot, "#slot-" + open.id());
        assertThat(robot.lookup("#slot-" + full.id()).queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#slot-" + open.id());
        waitFor(robot, "#party-3");
        assertThat(robot.lookup("#party-5").tryQuery()).as("only as many as are left").isEmpty();
        robot.clickOn("#party-3");
        robot.clickOn("#name").write("Ana Lima");
        robot.clickOn("#email").write("ana@example.com");
        robot.clickOn("#holdButton");
        waitFor(robot, "#countdown");
        assertThat(robot.lookup("#countdown").queryAs(Label.class).getText()).matches("(10:00|9:5\\d)");
        robot.clickOn("#pay-card");
        waitFor(robot, "#bookingNumber");

        assertThat(robot.lookup("#bookingNumber").queryAs(Label.class).getText()).isEqualTo("SW-7K3M9Q");
        assertThat(robot.lookup("#bookingQr").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
        assertThat(robot.lookup("#emailedTo").queryAs(Label.class).getText()).contains("ana@example.com");
        assertThat(backend.calls).contains("hold 3", "confirm CARD");
    }

    @Test
    void cancellingOnTheHoldScreenReleasesAndReturnsToTheStart(FxRobot robot) throws Exception {
        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + room.id());
        robot.clickOn("#activity-" + room.id());
        waitFor(robot, "#slot-" + open.id());
        robot.clickOn("#slot-" + open.id());
        waitFor(robot, "#party-2");
        robot.clickOn("#party-2");
        robot.clickOn("#name").write("Ben");
        robot.clickOn("#email").write("ben@example.com");
        robot.clickOn("#holdButton");
        waitFor(robot, "#countdown");

        robot.clickOn("#cancelButton");
        waitFor(robot, "#startButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> backend.calls.stream().anyMatch(c -> c.startsWith("release")));
    }
}
