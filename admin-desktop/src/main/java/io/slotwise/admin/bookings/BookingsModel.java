package io.slotwise.admin.bookings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.fx.Async;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding bookings (by number, email, name or phone, within dates) and what the desk does with
 * one: cancel (the places go back on sale), check in, or mark a no-show.
 */
public final class BookingsModel {

    private final AdminSession session;
    /** Searches: only the answer to the last one is listed. */
    private final Async.Latest searching;
    private final Confirm confirm;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Booking> results = FXCollections.observableArrayList();
    private final ObjectProperty<Booking> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper actionMessage = new ReadOnlyStringWrapper("");
    /** The venue the dates were chosen for: another venue starts again from its own today. */
    private UUID datesChosenFor;

    public BookingsModel(AdminSession session, Confirm confirm) {
        this.session = session;
        this.searching = session.async().latest();
        this.confirm = confirm;
        // What was said about one booking is not left under another.
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                actionMessage.set("");
            }
        });
    }

    public ZoneId zone() {
        return session.zone();
    }

    /** The venue's today and the next four weeks, unless the member chose other dates for this venue. */
    void defaultDates() {
        UUID venue = session.venue() == null ? null : session.venue().id();
        if (!Objects.equals(datesChosenFor, venue)) {
            datesChosenFor = venue;
            from.set(null);
            to.set(null);
        }
        if (from.get() == null) {
            from.set(session.today());
        }
        if (to.get() == null) {
            to.set(from.get().plusDays(28));
        }
    }

    public void search() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            return;
        }
        defaultDates();
        if (to.get().isBefore(from.get())) {
            message.set(text("bookings.lastBeforeFirst"));
            return;
        }
        String q = query.get() == null || query.get().isBlank() ? null : query.get().trim();
        LocalDate first = from.get();
        LocalDate last = to.get();
        searching.run(() -> session.client().staff().searchBookings(venue.id(), first, last, q), list -> {
            results.setAll(list);
            Booking chosen = selected.get();
            selected.set(chosen == null ? null : list.stream().filter(b -> b.id().equals(chosen.id())).findFirst().orElse(null));
            message.set(list.isEmpty() ? text("bookings.noneFound") : text("bookings.found", list.size()));
        }, problem -> message.set(problem.message()));
    }

    /** Whether the party can still be marked as not having come: only once their session has begun. */
    public boolean noShowPossible(Booking b) {
        return b != null && b.status() != BookingStatus.CANCELLED && b.checkedInAt() == null && b.noShowAt() == null
                && !session.clock().instant().isBefore(b.startTime().toInstant());
    }

    public void cancel() {
        Booking booking = selected.get();
        if (booking == null || booking.status() == BookingStatus.CANCELLED) {
            return;
        }
        if (confirm.ask(text("bookings.cancelQuestion", booking.bookingNumber(), name(booking), booking.partySize()),
                text("bookings.cancelBooking"), text("bookings.keepBooking"))) {
            act(booking, id -> session.client().staff().cancelBooking(id), text("bookings.cancelled"));
        }
    }

    public void checkIn() {
        Booking booking = selected.get();
        if (booking != null) {
            act(booking, id -> session.client().staff().checkIn(id), text("bookings.checkedIn"));
        }
    }

    public void noShow() {
        Booking booking = selected.get();
        if (booking != null) {
            act(booking, id -> session.client().staff().markNoShow(id), text("bookings.markedNoShow"));
        }
    }

    /** Gives back what is left of a booking's online payment, after asking. */
    public void refund() {
        Booking booking = selected.get();
        if (booking == null || !refundable(booking)) {
            return;
        }
        String rest = Texts.money(booking.totalAmount() - booking.refundedAmount(), booking.currency());
        if (confirm.ask(text("bookings.refundQuestion", rest, booking.bookingNumber(), name(booking)), text("bookings.refund"))) {
            act(booking, id -> session.client().staff().refundBooking(id), text("bookings.refunded", rest));
        }
    }

    static boolean refundable(Booking booking) {
        return (booking.paymentStatus() == io.slotwise.common.api.PaymentStatus.PAID
                || booking.paymentStatus() == io.slotwise.common.api.PaymentStatus.PARTIALLY_REFUNDED)
                && booking.refundedAmount() < booking.totalAmount();
    }

    private void act(Booking booking, Function<UUID, Booking> call, String done) {
        actionMessage.set("");
        session.async().run(() -> call.apply(booking.id()), updated -> {
            replace(updated);
            actionMessage.set(done);
        }, problem -> actionMessage.set(problem.message()));
    }

    /** A booking made or changed elsewhere on this page: shown at once, without a new search. */
    void replace(Booking updated) {
        boolean found = false;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).id().equals(updated.id())) {
                results.set(i, updated);
                found = true;
            }
        }
        if (!found) {
            results.add(0, updated);
        }
        selected.set(updated);
    }

    static String name(Booking booking) {
        String name = booking.customer() == null ? null : booking.customer().name();
        return name == null || name.isBlank() ? booking.customer().email() : name;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Booking> results() {
        return results;
    }

    public ObjectProperty<Booking> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionMessageProperty() {
        return actionMessage.getReadOnlyProperty();
    }
}
