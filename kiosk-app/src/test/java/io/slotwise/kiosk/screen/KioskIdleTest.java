package io.slotwise.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.testing.MovableClock;
import io.slotwise.kiosk.flow.FakeBackend;
import io.slotwise.kiosk.flow.IdleWatch;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.flow.Screen;
import io.slotwise.kiosk.payment.SimulatedCardTerminal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Idle detection on a real scene graph: only real input counts as the customer being there (a
 * pointer resting on the screen while it redraws does not), the question shows and stays until
 * answered, and a held customer gets minutes, not seconds. Time is a movable clock; the kiosk's
 * one-second tick is called by the test.
 */
@ExtendWith(ApplicationExtension.class)
class KioskIdleTest {

    static final Instant START = Instant.parse("2027-03-10T09:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final AtomicReference<Instant> now = new AtomicReference<>(START);
    final MovableClock clock = new MovableClock(now, ZoneOffset.UTC);
    final PublicActivity room = new PublicActivity(UUID.randomUUID(), UUID.randomUUID(), "Downtown", "Europe/Berlin",
            "Vault", "", 60, 2500, "EUR", 2, 6, 6, PaymentMode.PAY_AT_VENUE, "demo", false);
    final SessionView open = session();
    final FakeBackend backend = new FakeBackend(room, List.of(open), now);
    KioskFlow flow;

    private SessionView session() {
        OffsetDateTime start = START.plus(Duration.ofHours(2)).atZone(BERLIN).toOffsetDateTime();
        return new SessionView(UUID.randomUUID(), room.id(), start, start.plusHours(1), 6, 6, SessionStatus.OPEN);
    }

    @Start
    void start(Stage stage) {
        flow = new KioskFlow(backend, command -> new Thread(command).start(), Platform::runLater, clock);
        KioskView view = new KioskView(flow, List.of(new SimulatedCardTerminal(Duration.ofMillis(200))));
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }

    /** Time passes with the pointer resting where it is, ticking on the FX thread as the app's timeline does. */
    private void pass(Duration time) {
        for (long left = time.toSeconds(); left > 0; left -= 5) {
            long step = Math.min(5, left); // every few seconds: the flow's checks hold for any step
            now.updateAndGet(t -> t.plusSeconds(step));
            WaitForAsyncUtils.asyncFx(flow::tick);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private boolean asking(FxRobot robot) {
        return robot.lookup("#stillThere").tryQuery().filter(Node::isVisible).isPresent();
    }

    /** Touches through to the details screen, for a party of two. */
    private void toDetails(FxRobot robot) throws Exception {
        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + room.id());
        robot.clickOn("#activity-" + room.id());
        waitFor(robot, "#slot-" + open.id());
        robot.clickOn("#slot-" + open.id());
        waitFor(robot, "#party-2");
        robot.clickOn("#party-2");
    }

    private void holdWithTouches(FxRobot robot) throws Exception {
        toDetails(robot);
        robot.clickOn("#name").write("Ana Lima");
        robot.clickOn("#email").write("ana@example.com");
        robot.clickOn("#holdButton");
        waitFor(robot, "#countdown");
    }

    @Test
    void aHeldCustomerIsAskedAfterMinutesAndTheQuestionStaysWhileThePointerRests(FxRobot robot) throws Exception {
        holdWithTouches(robot);
        robot.moveTo("#countdown"); // the pointer rests on the screen from here on

        pass(Duration.ofSeconds(90));
        assertThat(asking(robot)).as("a minute and a half on the payment screen is no reason to ask").isFalse();
        assertThat(backend.calls).noneMatch(c -> c.startsWith("release"));

        pass(IdleWatch.ASK_WHILE_HELD.minusSeconds(90));
        assertThat(asking(robot)).as("asked once the customer was quiet for minutes").isTrue();
        pass(Duration.ofSeconds(5));
        assertThat(asking(robot)).as("redrawing under a resting pointer is not an answer").isTrue();

        robot.clickOn("#stillHereButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asking(robot)).isFalse();
        assertThat(flow.screenProperty().get()).isEqualTo(Screen.HOLD);
        assertThat(backend.calls).noneMatch(c -> c.startsWith("release"));
    }

    @Test
    void noAnswerReleasesTheHoldOnlyAfterTheQuestionWasUp(FxRobot robot) throws Exception {
        holdWithTouches(robot);
        robot.moveTo("#countdown");

        pass(IdleWatch.ASK_WHILE_HELD);
        assertThat(asking(robot)).isTrue();
        pass(IdleWatch.GIVE_UP_WHILE_HELD.minusSeconds(1));
        assertThat(flow.screenProperty().get()).as("still waiting for an answer").isEqualTo(Screen.HOLD);

        pass(Duration.ofSeconds(1));
        waitFor(robot, "#startButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> backend.calls.stream().anyMatch(c -> c.startsWith("release")));
    }

    @Test
    void aKeyPressCountsAsTheCustomerBeingThere(FxRobot robot) throws Exception {
        toDetails(robot);
        robot.clickOn("#name");

        pass(IdleWatch.ASK.minusSeconds(10));
        robot.write("Ana");
        pass(Duration.ofSeconds(30));

        assertThat(asking(robot)).as("typing a minute ago is being there").isFalse();
        assertThat(robot.lookup("#name").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Ana");
        pass(IdleWatch.ASK.minusSeconds(30)); // a minute after the last key
        assertThat(asking(robot)).isTrue();
        assertThat(robot.lookup("#name").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the question keeps what was typed").isEqualTo("Ana");
    }
}
