package io.slotwise.admin.bookings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.fx.Async;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Moving the chosen booking to another time of its activity, for a customer on the phone: the
 * day's sessions with room for the whole party; the server takes the new places before it gives
 * the old ones back, and mails the customer the new time.
 */
public final class RescheduleModel {

    /** "Fri 4 Dec 19:30", as the language writes it. */
    private final DateTimeFormatter when = Texts.dates("bookings.format.when");
    private final AdminSession session;
    private final Consumer<Booking> moved;
    private final Async.Latest loading;
    private final ObservableList<StaffSessionView> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffSessionView> target = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper movable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Booking booking;
    /** The "no other time has room" said last, taken back once a time has room. */
    private String noRoom;

    /** {@code moved} gets the booking at its new time. */
    public RescheduleModel(AdminSession session, Consumer<Booking> moved) {
        this.session = session;
        this.moved = moved;
        this.loading = session.async().latest();
        date.addListener((o, was, now) -> load());
    }

    /** Offers times for {@code chosen}, starting on its own day; nothing for a cancelled or past booking. */
    public void show(Booking chosen) {
        boolean changed = chosen == null || booking == null || !booking.id().equals(chosen.id());
        booking = chosen;
        movable.set(chosen != null && chosen.status() == BookingStatus.CONFIRMED && chosen.checkedInAt() == null
                && chosen.startTime().toInstant().isAfter(session.now()));
        if (changed) {
            message.set("");
        }
        if (!movable.get()) {
            sessions.clear();
            target.set(null);
            loading.forget();
            return;
        }
        LocalDate day = chosen.startTime().atZoneSameInstant(session.zone()).toLocalDate();
        if ((changed || date.get() == null) && !day.equals(date.get())) {
            date.set(day); // which loads that day
        } else {
            load();
        }
    }

    private void load() {
        Booking of = booking;
        LocalDate day = date.get();
        if (of == null || day == null || !movable.get()) {
            return;
        }
        loading.run(() -> session.client().staff().staffSessions(of.venueId(), day, day), list -> {
            sessions.setAll(list.stream().filter(s -> fits(s, of)).toList());
            target.set(sessions.isEmpty() ? null : sessions.get(0));
            if (sessions.isEmpty()) {
                noRoom = text("bookings.noRoom", of.partySize());
                message.set(noRoom);
            } else if (message.get().equals(noRoom)) {
                message.set("");
            }
        }, p -> message.set(p.message()));
    }

    /** Another open, future session of the same activity with room for the whole party. */
    private boolean fits(StaffSessionView s, Booking of) {
        return s.activityId().equals(of.activityId()) && !s.id().equals(of.sessionId()) && s.status() == SessionStatus.OPEN
                && s.capacityRemaining() >= of.partySize() && s.startTime().toInstant().isAfter(session.now());
    }

    /** Moves the booking to the chosen time. */
    public void move() {
        Booking of = booking;
        StaffSessionView to = target.get();
        if (of == null || to == null) {
            return;
        }
        session.async().run(() -> session.client().staff().rescheduleBooking(of.id(), to.id()), updated -> {
            message.set(text("bookings.moved", when.format(updated.startTime().atZoneSameInstant(session.zone()))));
            moved.accept(updated);
        }, p -> {
            message.set(p.message());
            load(); // the time may have filled meanwhile
        });
    }

    /** How a time reads in the list: "19:00 · 6 free". */
    public String describe(StaffSessionView s) {
        return text("bookings.slot", DateTimeFormatter.ofPattern("HH:mm").format(s.startTime().atZoneSameInstant(session.zone())),
                s.capacityRemaining());
    }

    public ObservableList<StaffSessionView> sessions() {
        return sessions;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<StaffSessionView> targetProperty() {
        return target;
    }

    /** Whether the chosen booking can move at all (confirmed, not yet started, not checked in). */
    public ReadOnlyBooleanProperty movableProperty() {
        return movable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
