package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.client.SlotwiseClient;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The desk's day: kiosk customers paying at the counter, cancellations, phone bookings. */
class FrontDeskTest extends AdminTestBase {

    private SessionView today(int index) {
        return owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(index);
    }

    @Test
    void aKioskCustomerWaitingAtTheDeskAppearsLiveAndIsBookedWithOneClick(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        admin.click("#nav-desk");
        admin.await("#deskEmpty");
        Hold hold;
        try (SlotwiseClient kiosk = SlotwiseClient.builder(server.url()).bearerToken(venue.kioskToken()).build()) {
            hold = kiosk.publicApi().hold(new HoldRequest(today(0).id(), 3, "ana@example.com"));
            kiosk.staff().sendToDesk(hold.id(), "Ana Lima");
        }

        admin.awaitText("#desk-" + hold.id() + " .label", "Ana Lima · 3 people");
        admin.click("#cash-" + hold.id());

        admin.awaitText("#deskMessage", "for Ana Lima (cash)");
        admin.await("#deskEmpty");
        List<Booking> booked = owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), "ana@example.com");
        assertThat(booked).singleElement().satisfies(b -> {
            assertThat(b.reservationId()).isEqualTo(hold.id());
            assertThat(b.paymentMethod()).isEqualTo(PaymentMethod.CASH);
            assertThat(b.customer().name()).isEqualTo("Ana Lima");
        });
    }

    @Test
    void theDeskTakesAGiftCardThatPaysItAllAndBooksWithoutMoney(FxRobot robot) {
        String code = owner.admin().sellGiftCard(venue.venue().id(), new io.slotwise.common.api.GiftCardRequest(20000L, "EUR", null, null))
                .code();
        AdminDriver admin = loggedIn(robot);
        admin.click("#nav-desk");
        admin.await("#deskEmpty");
        Hold hold;
        try (SlotwiseClient kiosk = SlotwiseClient.builder(server.url()).bearerToken(venue.kioskToken()).build()) {
            hold = kiosk.publicApi().hold(new HoldRequest(today(2).id(), 2, "gil@example.com"));
            kiosk.staff().sendToDesk(hold.id(), "Gil Gift");
        }
        admin.awaitText("#desk-" + hold.id() + " .label", "Gil Gift · 2 people");

        admin.click("#giftcard-" + hold.id());
        admin.type("#giftCardCode", code.toLowerCase());
        robot.type(javafx.scene.input.KeyCode.ENTER);

        admin.awaitText("#deskMessage", "Gil Gift: the gift card paid " + io.slotwise.common.fx.Money.format(hold.amount(), "EUR"));
        admin.click("#book-" + hold.id());
        admin.awaitText("#deskMessage", "for Gil Gift (gift card)");
        assertThat(owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), "gil@example.com")).singleElement()
                .satisfies(b -> {
                    assertThat(b.paymentMethod()).isEqualTo(PaymentMethod.GIFT_CARD);
                    assertThat(b.giftCardAmount()).isEqualTo(hold.amount());
                });
        assertThat(owner.publicApi().giftCardBalance(code).balance()).isEqualTo(20000 - hold.amount());
    }

    @Test
    void cancellingABookingGivesItsSeatsBackOnTheBoard(FxRobot robot) {
        SessionView slot = today(1);
        Hold hold = owner.publicApi().hold(new HoldRequest(slot.id(), 5, "bo@example.com"));
        Booking booking = owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest("Bo Berg", null, PaymentMethod.CARD));
        AdminDriver admin = loggedIn(robot);
        admin.awaitText("#seats-" + slot.id(), "5 booked");
        admin.click("#nav-bookings");
        admin.type("#bookingQuery", booking.bookingNumber());
        admin.click("#searchBookings");
        admin.await("#bookingTable", TableView.class, t -> t.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#bookingTable").queryAs(TableView.class).getSelectionModel().select(0));

        admin.click("#cancelBooking");
        // The real confirmation dialog, its answers named: the member agrees.
        admin.awaitText("#confirmCancel", "Keep booking");
        admin.awaitText("#confirmOk", "Cancel booking");
        admin.click("#confirmOk");

        admin.awaitText("#bookingActionMessage", "the places are free again");
        assertThat(owner.staff().booking(booking.id()).status()).isEqualTo(BookingStatus.CANCELLED);
        admin.click("#nav-sessions");
        admin.awaitText("#seats-" + slot.id(), "0 booked · 0 held · 8 free");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPhoneBookingIsHeldAndConfirmedAtOnceAndThenCheckedIn(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        SessionView slot = today(2);
        admin.click("#nav-bookings");
        ComboBox<Object> sessions = admin.await("#nbSession", ComboBox.class, b -> !b.getItems().isEmpty());
        robot.interact(() -> sessions.getItems().stream().filter(s -> ((io.slotwise.common.api.StaffSessionView) s).id().equals(slot.id()))
                .findFirst().ifPresent(sessions::setValue));
        admin.type("#nbParty", "4");
        admin.type("#nbEmail", "caller@example.com");
        admin.type("#nbName", "Cal Ler");
        admin.type("#nbPhone", "+49 30 1234567");
        admin.click("#nbCreate");

        String number = admin.awaitText("#nbMessage", "Booked SW-").getText().replace("Booked ", "").replace(".", "");
        Booking made = owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), number).get(0);
        assertThat(made.sessionId()).isEqualTo(slot.id());
        assertThat(made.partySize()).isEqualTo(4);
        assertThat(made.customer().phone()).isEqualTo("+49 30 1234567");
        assertThat(made.paymentMethod()).isEqualTo(PaymentMethod.CASH);
        admin.awaitText("#bookingDetails", number);

        // The customer's confirmation mail waits (this server has no mail server) and can be sent again.
        java.util.UUID confirmation = owner.staff().bookingMessages(made.id()).get(0).id();
        admin.await("#bookingMessages", javafx.scene.layout.VBox.class, box -> box.getChildren().size() == 1
                && box.lookup(".label") instanceof Label l && l.getText().startsWith("Booking confirmed · waiting to be sent"));
        admin.click("#resend-" + confirmation);
        admin.awaitText("#bookingMessagesNote", "Sent again to caller@example.com");
        admin.await("#bookingMessages", javafx.scene.layout.VBox.class, box -> box.getChildren().size() == 2);
        assertThat(owner.staff().bookingMessages(made.id())).extracting(m -> m.kind())
                .containsExactly("BOOKING_CONFIRMED", "BOOKING_CONFIRMED");

        assertThat(admin.await("#noShow", javafx.scene.control.Button.class, b -> true).isDisabled())
                .as("no no-show before the session begins").isTrue();

        admin.click("#checkIn");

        admin.awaitText("#bookingActionMessage", "Checked in");
        assertThat(owner.staff().booking(made.id()).checkedInAt()).isNotNull();
        for (String done : java.util.List.of("#checkIn", "#noShow", "#cancelBooking")) {
            admin.await(done, javafx.scene.control.Button.class, javafx.scene.control.Button::isDisabled);
        }
    }
}
