package io.slotwise.admin.desk;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.bookings.BookingsPage;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.DeskHold;
import io.slotwise.common.api.PaymentMismatch;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.VenueDetails;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The queue of kiosk customers paying at the desk, and the one action that books each. */
public final class DeskModel {

    private final AdminSession session;
    private final ObservableList<DeskHold> waiting = FXCollections.observableArrayList();
    private final ObservableList<PaymentMismatch> mismatches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DeskModel(AdminSession session) {
        this.session = session;
    }

    public void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            waiting.clear();
            return;
        }
        session.async().run(() -> session.client().staff().deskHolds(venue.id()), list -> waiting.setAll(list), p -> message.set(p.message()));
        session.async().run(() -> session.client().staff().paymentMismatches(venue.id()), list -> mismatches.setAll(list),
                p -> message.set(p.message()));
    }

    /** Online payments that did not match their hold: refunded and not booked; the customer may need a call. */
    public ObservableList<PaymentMismatch> mismatches() {
        return mismatches;
    }

    /** The customer paid: the hold becomes a booking under the name they gave at the kiosk. */
    public void confirm(DeskHold hold, PaymentMethod paidWith) {
        session.async().run(() -> session.client().staff().confirmAsStaff(hold.id(), new ConfirmRequest(hold.customerName(), null, paidWith)),
                booking -> {
                    waiting.removeIf(h -> h.id().equals(hold.id()));
                    message.set(text("desk.booked", booking.bookingNumber(), hold.customerName(), BookingsPage.paymentMethod(paidWith)));
                }, problem -> {
                    message.set(hold.customerName() + ": " + problem.message());
                    load();
                });
    }

    /** The customer hands over a gift card: it pays what it can of what they owe, the rest is paid as usual. */
    public void applyGiftCard(DeskHold hold, String code) {
        session.async().run(() -> session.client().staff().applyGiftCard(hold.id(), code), paid -> {
            message.set(text("desk.giftCardPaid", hold.customerName(), Texts.money(paid.giftCardAmount(), paid.currency()),
                    Texts.money(paid.amountDue(), paid.currency())));
            load();
        }, problem -> message.set(hold.customerName() + ": " + problem.message()));
    }

    public ObservableList<DeskHold> waiting() {
        return waiting;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
