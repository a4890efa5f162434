package io.slotwise.admin.bookings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.fx.Async;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A booking for a customer on the phone or at the counter: the places are held like any
 * customer's, then confirmed at once with how they paid. If confirming fails, the hold is
 * released again, so no places stay blocked by a booking that never happened.
 */
public final class NewBookingModel {

    private final AdminSession session;
    /** Only the times of the activity and day last chosen are offered. */
    private final Async.Latest loadingSessions;
    private final Consumer<Booking> booked;
    private final ObservableList<ActivityDetails> activities = FXCollections.observableArrayList();
    private final ObservableList<StaffSessionView> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<ActivityDetails> activity = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffSessionView> slot = new SimpleObjectProperty<>();
    private final StringProperty party = new SimpleStringProperty("2");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> method = new SimpleObjectProperty<>(PaymentMethod.CASH);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The venue the date was chosen for: another venue starts again on its own today. */
    private UUID dateChosenFor;

    public NewBookingModel(AdminSession session, Consumer<Booking> booked) {
        this.session = session;
        this.loadingSessions = session.async().latest();
        this.booked = booked;
        activity.addListener((o, was, now) -> loadSessions());
        date.addListener((o, was, now) -> loadSessions());
    }

    /** How staff may record payment for a booking they make. */
    public static ObservableList<PaymentMethod> methods() {
        return FXCollections.observableArrayList(PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.COMPLIMENTARY,
                PaymentMethod.PAY_AT_VENUE);
    }

    public void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            return;
        }
        if (date.get() == null || !venue.id().equals(dateChosenFor)) {
            dateChosenFor = venue.id();
            date.set(session.today());
        }
        session.async().run(() -> session.client().staff().activities(venue.id()), list -> {
            activities.setAll(list.stream().filter(ActivityDetails::active).toList());
            if (activity.get() == null || activities.stream().noneMatch(a -> a.id().equals(activity.get().id()))) {
                activity.set(activities.isEmpty() ? null : activities.get(0));
            }
        }, problem -> message.set(problem.message()));
    }

    private void loadSessions() {
        VenueDetails venue = session.venue();
        ActivityDetails chosen = activity.get();
        LocalDate day = date.get();
        if (venue == null || chosen == null || day == null) {
            sessions.clear();
            return;
        }
        loadingSessions.run(() -> session.client().staff().staffSessions(venue.id(), day, day), list -> {
            sessions.setAll(list.stream().filter(s -> s.activityId().equals(chosen.id()) && s.status() == SessionStatus.OPEN).toList());
            slot.set(sessions.stream().filter(s -> s.capacityRemaining() > 0).findFirst().orElse(null));
        }, problem -> message.set(problem.message()));
    }

    public void create() {
        StaffSessionView chosen = slot.get();
        if (chosen == null) {
            message.set(text("bookings.chooseSession"));
            return;
        }
        int size;
        try {
            size = Integer.parseInt(party.get().trim());
        } catch (NumberFormatException e) {
            message.set(text("bookings.partyWholeNumber"));
            return;
        }
        String mail = email.get().trim();
        String who = name.get().trim();
        if (who.isEmpty() || !mail.contains("@")) {
            message.set(text("bookings.customerMissing"));
            return;
        }
        String tel = phone.get().isBlank() ? null : phone.get().trim();
        PaymentMethod paid = method.get();
        SlotwiseClient client = session.client();
        message.set("");
        session.async().run(() -> {
            Hold hold = client.publicApi().hold(new HoldRequest(chosen.id(), size, mail));
            try {
                return client.staff().confirmAsStaff(hold.id(), new ConfirmRequest(who, tel, paid));
            } catch (SlotwiseApiException e) {
                releaseQuietly(client, hold);
                throw e;
            }
        }, booking -> {
            message.set(text("bookings.booked", booking.bookingNumber()));
            email.set("");
            name.set("");
            phone.set("");
            loadSessions();
            booked.accept(booking);
        }, problem -> {
            message.set(problem.field("partySize").map(m -> text("bookings.partySizeProblem", m)).orElse(problem.message()));
            loadSessions();
        });
    }

    private static void releaseQuietly(SlotwiseClient client, Hold hold) {
        try {
            client.publicApi().releaseHold(hold.id(), hold.holdToken());
        } catch (SlotwiseApiException ignored) {
            // The expiry sweep releases it when its time is up.
        }
    }

    public ObservableList<ActivityDetails> activities() {
        return activities;
    }

    public ObservableList<StaffSessionView> sessions() {
        return sessions;
    }

    public ObjectProperty<ActivityDetails> activityProperty() {
        return activity;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<StaffSessionView> slotProperty() {
        return slot;
    }

    public StringProperty partyProperty() {
        return party;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<PaymentMethod> methodProperty() {
        return method;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
