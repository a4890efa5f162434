package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.client.SlotwiseClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class SessionsTest extends AdminTestBase {

    private SessionView firstToday() {
        return owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(0);
    }

    private StaffSessionView staffView(SessionView session) {
        return owner.staff().staffSessions(venue.venue().id(), venue.today(), venue.today()).stream()
                .filter(s -> s.id().equals(session.id())).findFirst().orElseThrow();
    }

    @Test
    void aHoldMadeThroughThePublicApiAppearsLiveOnTheBoard(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        SessionView slot = firstToday();
        admin.awaitText("#seats-" + slot.id(), "0 booked · 0 held · 8 free");

        try (SlotwiseClient customer = SlotwiseClient.builder(server.url()).build()) {
            customer.publicApi().hold(new HoldRequest(slot.id(), 3, "web@example.com"));
        }

        admin.awaitText("#seats-" + slot.id(), "0 booked · 3 held · 5 free");
    }

    @Test
    void capacityCannotGoBelowWhatIsTakenAndTheReasonIsShown(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        SessionView slot = firstToday();
        Hold hold = owner.publicApi().hold(new HoldRequest(slot.id(), 4, "group@example.com"));
        owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest("Group", null, PaymentMethod.CASH));
        owner.publicApi().hold(new HoldRequest(slot.id(), 2, "pair@example.com"));
        admin.awaitText("#seats-" + slot.id(), "4 booked · 2 held · 2 free");
        admin.click("#session-" + slot.id());

        admin.type("#capacity", "5");
        admin.click("#applyCapacity");

        admin.awaitText("#sessionMessage", "can't go below the 6 places already held or booked");
        assertThat(staffView(slot).capacityTotal()).isEqualTo(8);
        admin.type("#capacity", "6");
        admin.click("#applyCapacity");
        admin.awaitText("#seats-" + slot.id(), "4 booked · 2 held · 0 free");
        assertThat(staffView(slot).capacityTotal()).isEqualTo(6);
    }

    @Test
    void blockingASessionTakesItOffSaleUntilItIsUnblocked(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        SessionView slot = firstToday();
        admin.click("#session-" + slot.id());

        admin.click("#blockSession");

        admin.awaitText("#seats-" + slot.id(), "blocked");
        assertThat(staffView(slot).status()).isEqualTo(SessionStatus.BLOCKED);
        admin.click("#unblockSession");
        admin.await("#seats-" + slot.id(), javafx.scene.control.Label.class, l -> !l.getText().contains("blocked"));
        assertThat(staffView(slot).status()).isEqualTo(SessionStatus.OPEN);
    }

    @Test
    void sessionsAreGeneratedForARangeAndTheWeekViewShowsThem(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        // Beyond the 30 days an activity gets when it is created.
        java.time.LocalDate later = venue.today().plusDays(45);
        assertThat(owner.publicApi().activitySessions(venue.activity().id(), later, later)).isEmpty();
        robot.interact(() -> {
            robot.lookup("#generateFrom").queryAs(javafx.scene.control.DatePicker.class).setValue(later);
            robot.lookup("#generateTo").queryAs(javafx.scene.control.DatePicker.class).setValue(later.plusDays(1));
        });

        admin.click("#generateButton");

        // 08:00 to 22:00 every half hour: 28 sessions a day.
        admin.awaitText("#generateMessage", "56 created");
        List<SessionView> made = owner.publicApi().activitySessions(venue.activity().id(), later, later.plusDays(1));
        assertThat(made).hasSize(56);
        admin.click("#spanWeek");
        robot.interact(() -> robot.lookup("#sessionDay").queryAs(javafx.scene.control.DatePicker.class).setValue(later));
        admin.await("#session-" + made.get(0).id());
        admin.await("#day-" + later);
    }
}
