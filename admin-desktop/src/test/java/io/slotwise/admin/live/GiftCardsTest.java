package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.fx.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The desk's Gift cards page: a card sold from the form (its mistakes named under their fields),
 * its code handed over, the card paying a booking seen in its ledger, and the owner's export of
 * what the venue owes.
 */
class GiftCardsTest extends AdminTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void theDeskSellsACardSeesItPayABookingAndTheOwnerExportsWhatIsOwed(FxRobot robot) throws Exception {
        AdminDriver admin = loggedIn(robot);
        admin.click("#nav-giftCards");
        admin.await("#giftCardTable");
        admin.type("#giftCardAmount", "fifty");
        admin.type("#giftCardRecipient", "not an address");
        admin.click("#sellGiftCard");

        admin.awaitText("#error-amount", "an amount in EUR");
        admin.awaitText("#error-recipientEmail", "an email address");

        admin.type("#giftCardAmount", "40");
        admin.type("#giftCardRecipient", "friend@example.com");
        admin.click("#giftCardByCard");
        admin.click("#sellGiftCard");

        admin.awaitText("#giftCardsMessage", "Gift card of " + Money.format(4000, "EUR") + " sold");
        String code = admin.await("#soldGiftCardCode", TextField.class, f -> !f.getText().isEmpty()).getText();
        TableView<GiftCard> table = admin.await("#giftCardTable", TableView.class, t -> t.getItems().size() == 1);
        GiftCard sold = table.getItems().get(0);
        assertThat(sold.code()).isEqualTo(code);
        assertThat(sold.paymentMethod()).isEqualTo(PaymentMethod.CARD);
        assertThat(sold.recipientEmail()).isEqualTo("friend@example.com");

        // A customer pays part of a booking with it.
        SessionView session = owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(0);
        var hold = owner.publicApi().hold(new HoldRequest(session.id(), 1, "gift@example.com"));
        var paid = owner.publicApi().applyGiftCard(hold.id(), hold.holdToken(), code);
        assertThat(paid.giftCardAmount()).isEqualTo(Math.min(4000, hold.amount()));
        var booking = owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest("Gil Gift", null, PaymentMethod.CASH));
        admin.click("#nav-sessions");
        admin.click("#nav-giftCards");
        TableView<GiftCard> again = admin.await("#giftCardTable", TableView.class,
                t -> t.getItems().size() == 1 && ((GiftCard) t.getItems().get(0)).balance() == 4000 - paid.giftCardAmount());
        robot.interact(() -> again.getSelectionModel().select(0));
        ListView<String> ledger = admin.await("#giftCardLedger", ListView.class, l -> l.getItems().size() == 2);
        assertThat(ledger.getItems().get(1)).contains("Paid booking " + booking.bookingNumber())
                .contains("−" + Money.format(paid.giftCardAmount(), "EUR"));

        // The booking's details say what the card paid.
        admin.click("#nav-bookings");
        admin.type("#bookingQuery", booking.bookingNumber());
        admin.click("#searchBookings");
        TableView<Object> bookings = admin.await("#bookingTable", TableView.class, t -> t.getItems().size() == 1);
        robot.interact(() -> bookings.getSelectionModel().select(0));
        admin.awaitText("#bookingDetails", Money.format(paid.giftCardAmount(), "EUR") + " of it paid by gift card");
        admin.click("#nav-giftCards");

        admin.click("#exportLiabilities");

        admin.awaitText("#giftCardsMessage", "Saved to");
        Path exported;
        try (var files = Files.list(home.resolve("exports"))) {
            exported = files.filter(f -> f.getFileName().toString().startsWith("gift-card-liabilities-")).findFirst().orElseThrow();
        }
        long left = 4000 - paid.giftCardAmount();
        assertThat(left).as("the card still owes something").isPositive();
        assertThat(Files.readAllLines(exported)).hasSize(2).last().asString().startsWith(code + ",")
                .contains(",EUR,40.00," + java.math.BigDecimal.valueOf(left, 2).toPlainString() + ",");
    }
}
