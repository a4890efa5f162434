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
import org.testfx.util.WaitForAsyncUtils;
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
    void theSelectedSessionShowsWhoIsBookedAndChecksThemIn(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        SessionView slot = firstToday();
        Hold first = owner.publicApi().hold(new HoldRequest(slot.id(), 4, "group@example.com"));
        var group = owner.staff().confirmAsStaff(first.id(), new ConfirmRequest("Greta Group", null, PaymentMethod.CASH));
        Hold second = owner.publicApi().hold(new HoldRequest(slot.id(), 2, "pair@example.com"));
        var pair = owner.staff().confirmAsStaff(second.id(), new ConfirmRequest("Pia Pair", null, PaymentMethod.PAY_AT_VENUE));
        admin.awaitText("#seats-" + slot.id(), "6 booked");

        admin.click("#session-" + slot.id());

        admin.awaitText("#rosterLine-" + group.bookingNumber(), "Greta Group · 4 people · paid (cash)");
        admin.awaitText("#rosterLine-" + pair.bookingNumber(), "Pia Pair · 2 people · pays at the venue");
        admin.click("#rosterCheckIn-" + pair.bookingNumber());
        admin.awaitText("#rosterIn-" + pair.bookingNumber(), "Checked in");
        assertThat(owner.staff().booking(pair.id()).checkedInAt()).isNotNull();
        assertThat(owner.staff().booking(group.id()).checkedInAt()).isNull();
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
        // What the cards show is what they say: no name or time cut short.
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node card = robot.lookup("#session-" + made.get(0).id()).query();
        List<String> drawn = robot.from(card).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.text.Text).queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList();
        assertThat(String.join(" ", drawn)).doesNotContain("…").contains(venue.activity().name().split(" ")[0]);
    }
}
