package io.slotwise.admin.sessions;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.StaffSessionView;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Who is booked on the selected session (name, party, how they pay, whether they arrived), with
 * check-in right there: the desk greets a group without searching for its booking.
 */
public final class SessionRoster {

    private final AdminSession session;
    private final ObservableList<Booking> bookings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UUID shown;

    public SessionRoster(AdminSession session) {
        this.session = session;
    }

    /** Reads the session's bookings (none shown while there is no session). */
    public void show(StaffSessionView chosen) {
        shown = chosen == null ? null : chosen.id();
        if (chosen == null) {
            bookings.clear();
            message.set("");
            return;
        }
        UUID id = chosen.id();
        // Bookings are found by the day their session starts on (a night past midnight: the next).
        LocalDate starts = chosen.startTime().atZoneSameInstant(session.zone()).toLocalDate();
        UUID venue = session.venue().id();
        session.async().run(() -> session.client().staff().searchBookings(venue, starts, starts, null), found -> {
            if (!id.equals(shown)) {
                return;
            }
            bookings.setAll(found.stream().filter(b -> b.sessionId().equals(id) && b.status() != BookingStatus.CANCELLED).toList());
            message.set(bookings.isEmpty() ? text("sessions.nobodyBooked") : "");
        }, problem -> message.set(problem.message()));
    }

    public void checkIn(Booking booking) {
        session.async().run(() -> session.client().staff().checkIn(booking.id()), done -> {
            bookings.replaceAll(b -> b.id().equals(done.id()) ? done : b);
            message.set(text("sessions.checkedIn", name(done)));
        }, problem -> message.set(problem.message()));
    }

    /** "Ana Lima · 3 people · pays at the venue". */
    public static String line(Booking b) {
        String pays = switch (b.paymentMethod()) {
            case PAY_AT_VENUE -> text("sessions.paysAtVenue");
            case COMPLIMENTARY -> text("sessions.complimentary");
            case CASH -> text("sessions.paid", text("sessions.method.cash"));
            case CARD -> text("sessions.paid", text("sessions.method.card"));
            case ONLINE -> text("sessions.paid", text("sessions.method.online"));
            case GIFT_CARD -> text("sessions.paid", text("sessions.method.giftCard"));
        };
        return name(b) + " · " + text("sessions.people", b.partySize()) + " · " + pays
                + (b.noShowAt() != null ? " · " + text("sessions.noShow") : "");
    }

    private static String name(Booking b) {
        return b.customer() == null || b.customer().name() == null || b.customer().name().isBlank() ? b.bookingNumber()
                : b.customer().name();
    }

    public ObservableList<Booking> bookings() {
        return bookings;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
