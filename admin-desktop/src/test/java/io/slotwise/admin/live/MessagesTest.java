package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.CustomerMessage;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.StaffSessionView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What the venue tells its customers, seen from the desk: the Messages page (this server has no
 * mail server, so every mail waits there, readable as the customer will get it) and moving a
 * booking for a customer on the phone.
 */
class MessagesTest extends AdminTestBase {

    private SessionView today(int index) {
        return owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(index);
    }

    private Booking booked(SessionView slot, int party, String email, String name) {
        Hold hold = owner.publicApi().hold(new HoldRequest(slot.id(), party, email));
        return owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest(name, null, PaymentMethod.CASH));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMailWaitingForAMailServerCanBeReadAsTheCustomerWillGetItAndSentAgain(FxRobot robot) {
        Booking booking = booked(today(1), 2, "reader@example.com", "Rea Der");
        AdminDriver admin = loggedIn(robot);

        admin.click("#nav-messages");
        TableView<CustomerMessage> table = admin.await("#messageTable", TableView.class,
                t -> t.getItems().stream().anyMatch(m -> ((CustomerMessage) m).recipient().equals("reader@example.com")));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(m -> m.recipient().equals("reader@example.com")).findFirst().orElseThrow()));

        admin.awaitText("#previewSubject", venue.activity().name());
        admin.awaitText("#previewTo", "reader@example.com");
        admin.await("#previewText", TextArea.class, t -> t.getText().contains(booking.bookingNumber())
                && t.getText().contains("Rea Der") && t.getText().contains("/manage?booking=" + booking.bookingNumber()));
        admin.awaitText("#previewCalendar", "calendar file");

        admin.click("#resendMessage");
        admin.awaitText("#messagesNote", "Sent again to reader@example.com");
        admin.await("#messageTable", TableView.class, t -> t.getItems().stream()
                .filter(m -> ((CustomerMessage) m).recipient().equals("reader@example.com")).count() == 2);
        assertThat(owner.staff().bookingMessages(booking.id())).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCallerIsMovedToAnotherTimeAndTheNewTimeMailIsWritten(FxRobot robot) {
        Booking booking = booked(today(2), 3, "caller-move@example.com", "Mo Ver");
        SessionView later = today(6);
        AdminDriver admin = loggedIn(robot);
        admin.click("#nav-bookings");
        admin.type("#bookingQuery", booking.bookingNumber());
        admin.click("#searchBookings");
        admin.await("#bookingTable", TableView.class, t -> t.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#bookingTable").queryAs(TableView.class).getSelectionModel().select(0));

        ComboBox<StaffSessionView> times = admin.await("#moveSession", ComboBox.class, b -> b.isVisible() && !b.getItems().isEmpty());
        assertThat(times.getItems()).as("other times of the day only").extracting(StaffSessionView::id)
                .doesNotContain(booking.sessionId()).contains(later.id());
        robot.interact(() -> times.getItems().stream().filter(s -> s.id().equals(later.id())).findFirst().ifPresent(times::setValue));
        admin.click("#moveBooking");

        admin.awaitText("#moveMessage", "Moved to");
        assertThat(owner.staff().booking(booking.id()).sessionId()).isEqualTo(later.id());
        admin.await("#bookingMessages", VBox.class, box -> box.getChildren().size() == 2);
        assertThat(owner.staff().bookingMessages(booking.id())).extracting(CustomerMessage::kind)
                .containsExactly("BOOKING_CONFIRMED", "BOOKING_RESCHEDULED");
        admin.await("#moveSession", ComboBox.class, b -> ((ComboBox<StaffSessionView>) b).getItems().stream()
                .anyMatch(s -> s.id().equals(booking.sessionId())));
    }
}
