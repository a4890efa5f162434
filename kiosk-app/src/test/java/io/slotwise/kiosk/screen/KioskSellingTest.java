package io.slotwise.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PriceCategory;
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

/**
 * The kiosk sells as the venue does, by touch: a private room's sizes come with their group
 * prices, and a shared hunt's tickets are counted with big − and + buttons, the total adding up,
 * and go with the hold.
 */
@ExtendWith(ApplicationExtension.class)
class KioskSellingTest {

    final Instant now = Instant.now();
    final PublicActivity tomb = new PublicActivity(UUID.randomUUID(), UUID.randomUUID(), "Downtown", "Europe/Berlin",
            "Tomb", "", 60, 2800, "EUR", 2, 4, 4, PaymentMode.PAY_AT_VENUE, "demo", false, BookingMode.PRIVATE, List.of(),
            List.of(new GroupPrice(2, 6000L), new GroupPrice(3, 7800L), new GroupPrice(4, 9600L)), null);
    final PublicActivity hunt = new PublicActivity(UUID.randomUUID(), tomb.venueId(), "Downtown", "Europe/Berlin",
            "Hunt", "", 45, 1500, "EUR", 1, 6, 12, PaymentMode.PAY_AT_VENUE, "demo", false, BookingMode.SHARED,
            List.of(new PriceCategory("child", "Child", 1500L), new PriceCategory("adult", "Adult", 800L)), List.of(), null);
    FakeBackend backend;
    Stage stage;

    private SessionView session(PublicActivity activity, int total, int remaining) {
        OffsetDateTime start = now.plus(Duration.ofHours(2)).atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime();
        return new SessionView(UUID.randomUUID(), activity.id(), start, start.plusHours(1), total, remaining, SessionStatus.OPEN);
    }

    private void open(Stage stage, PublicActivity activity, List<SessionView> sessions) {
        backend = new FakeBackend(activity, sessions, new AtomicReference<>(now));
        KioskFlow flow = new KioskFlow(backend, command -> new Thread(command).start(), Platform::runLater, Clock.systemUTC());
        KioskView view = new KioskView(flow, List.of(new SimulatedCardTerminal(Duration.ofMillis(200))));
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @Start
    void start(Stage stage) {
        // Each test opens the kiosk on its own activity, in this stage.
        this.stage = stage;
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    @Test
    void aPrivateRoomShowsEachGroupSizeWithItsPrice(FxRobot robot) throws Exception {
        SessionView free = session(tomb, 4, 4);
        SessionView taken = session(tomb, 4, 0);
        robot.interact(() -> open(stage, tomb, List.of(free, taken)));
        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + tomb.id());
        assertThat(robot.lookup("#activity-" + tomb.id()).queryAs(Button.class).getText())
                .contains("60 min · Private room for 2-4 · from €60.00 per group");
        robot.clickOn("#activity-" + tomb.id());
        waitFor(robot, "#slot-" + free.id());
        assertThat(robot.lookup("#slot-" + free.id()).queryAs(Button.class).getText()).endsWith("Private room");
        assertThat(robot.lookup("#slot-" + taken.id()).queryAs(Button.class).getText()).endsWith("Booked");

        robot.clickOn("#slot-" + free.id());
        waitFor(robot, "#party-3");
        assertThat(robot.lookup("#party-3").queryAs(Button.class).getText()).isEqualTo("3\n€78.00");
        assertThat(robot.lookup("#party-4").queryAs(Button.class).getText()).isEqualTo("4\n€96.00");
    }

    @Test
    void ticketsAreCountedByTouchAndGoWithTheHold(FxRobot robot) throws Exception {
        SessionView open = session(hunt, 12, 5);
        robot.interact(() -> open(stage, hunt, List.of(open)));
        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + hunt.id());
        robot.clickOn("#activity-" + hunt.id());
        waitFor(robot, "#slot-" + open.id());
        robot.clickOn("#slot-" + open.id());
        waitFor(robot, "#more-child");
        assertThat(robot.lookup("#ticketsTotal").queryAs(Label.class).getText()).isEqualTo("1 person · €15.00");

        robot.clickOn("#more-child").clickOn("#more-adult").clickOn("#more-adult");
        assertThat(robot.lookup("#ticketsTotal").queryAs(Label.class).getText()).isEqualTo("4 people · €46.00");
        robot.clickOn("#more-adult").clickOn("#more-adult");
        assertThat(robot.lookup("#count-adult").queryAs(Label.class).getText()).as("no more than the 5 places left").isEqualTo("3");
        robot.clickOn("#fewer-adult");
        robot.clickOn("#ticketsButton");
        waitFor(robot, "#name");
        robot.clickOn("#name").write("Pat");
        robot.clickOn("#email").write("pat@example.com");
        robot.clickOn("#holdButton");
        waitFor(robot, "#countdown");

        assertThat(robot.lookup("#heldTickets").queryAs(Label.class).getText()).isEqualTo("2 × Child, 2 × Adult");
        assertThat(robot.lookup("#heldAmount").queryAs(Label.class).getText()).isEqualTo("Total: €46.00");
        assertThat(backend.calls).contains("hold 4", "tickets [child:2, adult:2]");
    }
}
