package io.slotwise.admin.bookings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.messages.MessageTexts;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.CustomerMessage;
import io.slotwise.common.fx.Async;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The mails to the chosen booking's customer: what was sent, what waits and why, what failed;
 * and sending one again (as a new mail) when a customer says they did not get it.
 */
public final class BookingMessagesModel {

    private final AdminSession session;
    private final Async.Latest loading;
    private final ObservableList<CustomerMessage> messages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Booking booking;

    public BookingMessagesModel(AdminSession session) {
        this.session = session;
        this.loading = session.async().latest();
    }

    /** Shows the messages of {@code chosen}; none when nothing is chosen. */
    public void show(Booking chosen) {
        booking = chosen;
        messages.clear();
        message.set("");
        if (chosen == null) {
            loading.forget();
            return;
        }
        reload();
    }

    private void reload() {
        Booking of = booking;
        loading.run(() -> session.client().staff().bookingMessages(of.id()), messages::setAll, p -> message.set(p.message()));
    }

    public void resend(CustomerMessage original) {
        Booking of = booking;
        if (of == null) {
            return;
        }
        session.async().run(() -> session.client().staff().resendMessage(of.id(), original.id()), copy -> {
            if (of == booking) {
                message.set(text("bookings.sentAgain", original.recipient()));
                reload();
            }
        }, p -> message.set(p.message()));
    }

    public ObservableList<CustomerMessage> messages() {
        return messages;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A message in words for the desk: "Booking confirmed · sent 3 Dec 14:05", "Reminder · waiting (2 tries: …)". */
    public static String describe(CustomerMessage m, java.time.ZoneId zone) {
        return MessageTexts.kind(m.kind()) + " · " + MessageTexts.state(m, zone);
    }
}
