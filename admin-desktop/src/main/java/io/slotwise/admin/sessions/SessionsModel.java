package io.slotwise.admin.sessions;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.GenerationResult;
import io.slotwise.common.api.SessionChange;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.fx.Async;
import io.slotwise.common.fx.Problem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session board of the venue on screen: a day or a week of sessions with their booked, held
 * and free seats, and what staff do to them (block, unblock, change capacity, generate).
 */
public final class SessionsModel {

    public enum Span { DAY, WEEK }

    private final AdminSession session;
    /** The board's loads: only the answer for the days and venue last asked for is shown. */
    private final Async.Latest loading;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Span> span = new SimpleObjectProperty<>(Span.DAY);
    private final ObservableList<StaffSessionView> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<StaffSessionView> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sessionMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper generateMessage = new ReadOnlyStringWrapper("");
    /** The venue the day on show was chosen for: another venue opens on its own today. */
    private UUID dayChosenFor;

    public SessionsModel(AdminSession session) {
        this.session = session;
        this.loading = session.async().latest();
        day.addListener((o, was, now) -> load());
        span.addListener((o, was, now) -> load());
    }

    /** Today at the venue, wherever this computer is. */
    public LocalDate today() {
        return session.today();
    }

    public ZoneId zone() {
        return session.zone();
    }

    /**
     * Opens the board: on the venue's today the first time and whenever staff switched venue
     * since, else on the day they chose (re-read).
     */
    public void open() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            sessions.clear();
            return; // the venues are still loading: the board opens on the venue's day once one is on screen
        }
        if (day.get() == null || !Objects.equals(dayChosenFor, venue.id())) {
            dayChosenFor = venue.id();
            if (!today().equals(day.get())) {
                day.set(today()); // loads
                return;
            }
        }
        load();
    }

    /** The first day on show: the day, or the Monday of its week. */
    public LocalDate from() {
        LocalDate shown = day.get() == null ? today() : day.get();
        return span.get() == Span.DAY ? shown : shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate to() {
        return span.get() == Span.DAY ? from() : from().plusDays(6);
    }

    public void goToday() {
        if (today().equals(day.get())) {
            load();
        } else {
            day.set(today());
        }
    }

    /** A day or a week back (negative) or ahead. */
    public void move(int steps) {
        day.set(from().plus(steps, span.get() == Span.DAY ? ChronoUnit.DAYS : ChronoUnit.WEEKS));
    }

    public void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            sessions.clear();
            return;
        }
        LocalDate first = from();
        LocalDate last = to();
        loading.run(() -> session.client().staff().staffSessions(venue.id(), first, last), list -> {
            sessions.setAll(list);
            StaffSessionView chosen = selected.get();
            selected.set(chosen == null ? null : list.stream().filter(s -> s.id().equals(chosen.id())).findFirst().orElse(null));
            message.set(list.isEmpty() ? text("sessions.noSessions") : "");
        }, problem -> message.set(problem.message()));
    }

    public void block(boolean blocked) {
        StaffSessionView chosen = selected.get();
        if (chosen != null) {
            change(chosen, new SessionChange(null, blocked ? SessionStatus.BLOCKED : SessionStatus.OPEN));
        }
    }

    /** Sets the session's capacity; the server refuses to go below what is held and booked. */
    public void changeCapacity(String typed) {
        StaffSessionView chosen = selected.get();
        if (chosen == null) {
            return;
        }
        int capacity;
        try {
            capacity = Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            sessionMessage.set(text("sessions.capacityNotNumber"));
            return;
        }
        int taken = chosen.heldSeats() + chosen.bookedSeats();
        if (capacity < taken) {
            // Said here at once; the server would refuse it the same way (CAPACITY_BELOW_BOOKED).
            sessionMessage.set(text("sessions.capacityBelowTaken", taken, chosen.bookedSeats(), chosen.heldSeats()));
            return;
        }
        change(chosen, new SessionChange(capacity, null));
    }

    private void change(StaffSessionView chosen, SessionChange change) {
        sessionMessage.set("");
        session.async().run(() -> session.client().staff().changeSession(chosen.id(), change), updated -> {
            replace(updated);
            sessionMessage.set(text("sessions.saved"));
        }, problem -> sessionMessage.set(explain(problem, chosen)));
    }

    private static String explain(Problem problem, StaffSessionView chosen) {
        if (problem.code().filter(c -> c == ErrorCode.CAPACITY_BELOW_BOOKED).isPresent()) {
            // Someone booked meanwhile: the numbers on screen were already out of date.
            return text("sessions.capacityTakenMeanwhile", problem.message());
        }
        return problem.message();
    }

    private void replace(StaffSessionView updated) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).id().equals(updated.id())) {
                sessions.set(i, updated);
            }
        }
        if (selected.get() != null && selected.get().id().equals(updated.id())) {
            selected.set(updated);
        }
    }

    /** Generates sessions of every active activity of the venue for the dates {@code from}..{@code to}. */
    public void generate(LocalDate first, LocalDate last) {
        VenueDetails venue = session.venue();
        if (venue == null || first == null || last == null) {
            generateMessage.set(text("sessions.chooseDays"));
            return;
        }
        if (last.isBefore(first)) {
            generateMessage.set(text("sessions.lastBeforeFirst"));
            return;
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        if (days > 366) {
            generateMessage.set(text("sessions.atMostAYear"));
            return;
        }
        generateMessage.set(text("sessions.generating"));
        session.async().run(() -> {
            List<GenerationResult> results = new ArrayList<>();
            for (ActivityDetails activity : session.client().staff().activities(venue.id())) {
                if (activity.active()) {
                    results.add(session.client().staff().generateSessions(activity.id(), first, days));
                }
            }
            return results;
        }, results -> {
            int created = results.stream().mapToInt(GenerationResult::created).sum();
            int existing = results.stream().mapToInt(GenerationResult::existing).sum();
            int removed = results.stream().mapToInt(GenerationResult::removed).sum();
            int kept = results.stream().mapToInt(GenerationResult::keptWithReservations).sum();
            var collisions = results.stream().flatMap(r -> r.collisions() == null ? java.util.stream.Stream.empty()
                    : r.collisions().stream()).toList();
            generateMessage.set((kept > 0 ? text("sessions.generatedKept", created, existing, removed, kept)
                    : text("sessions.generated", created, existing, removed))
                    + (collisions.isEmpty() ? "" : " " + text("sessions.collisions", collisions.size(), collisions.get(0).collidesWith())));
            load();
        }, problem -> generateMessage.set(problem.message()));
    }

    public Optional<StaffSessionView> find(UUID id) {
        return sessions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<Span> spanProperty() {
        return span;
    }

    public ObservableList<StaffSessionView> sessions() {
        return sessions;
    }

    public ObjectProperty<StaffSessionView> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionMessageProperty() {
        return sessionMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generateMessageProperty() {
        return generateMessage.getReadOnlyProperty();
    }

    public AdminSession session() {
        return session;
    }
}
