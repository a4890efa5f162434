package io.slotwise.kiosk.flow;

import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.PublicVenue;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.TicketCount;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the customer has chosen so far: the venue's activities, the activity, the day (the venue's
 * today or later), the times of that day, a time and the party size; and the rules of choosing,
 * which need no server. The screens read it; {@link KioskFlow}'s commands change it.
 */
public final class Choice {

    private final javafx.beans.property.ReadOnlyObjectWrapper<PublicVenue> venue = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    private final Clock clock;
    final ObservableList<PublicActivity> activities = FXCollections.observableArrayList();
    final ObservableList<SessionView> sessions = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call would be collected with its listeners.
    private final ObservableList<PublicActivity> activitiesView = FXCollections.unmodifiableObservableList(activities);
    private final ObservableList<SessionView> sessionsView = FXCollections.unmodifiableObservableList(sessions);
    final ReadOnlyObjectWrapper<PublicActivity> activity = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<SessionView> session = new ReadOnlyObjectWrapper<>();
    Integer partySize;
    /** How many of the party come on each ticket category; null when the activity has none. */
    List<TicketCount> tickets;
    private ZoneId zone = ZoneId.of("UTC");

    Choice(Clock clock) {
        this.clock = clock;
    }

    void venue(PublicVenue venue) {
        this.venue.set(venue);
        zone = ZoneId.of(venue.timezone());
        activities.setAll(venue.activities());
    }

    /** The venue as last read: its name and brand (logo, accent colour) for the screens. */
    public ReadOnlyObjectProperty<PublicVenue> venueProperty() {
        return venue.getReadOnlyProperty();
    }

    public ObservableList<PublicActivity> activities() {
        return activitiesView;
    }

    /** The times of the day on show. */
    public ObservableList<SessionView> sessions() {
        return sessionsView;
    }

    public ReadOnlyObjectProperty<PublicActivity> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionView> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Integer partySize() {
        return partySize;
    }

    public List<TicketCount> tickets() {
        return tickets;
    }

    /** Whether the counts make a party the activity takes, with room for it: their sum within its limits. */
    public boolean ticketsFit(List<TicketCount> counts) {
        PublicActivity a = activity.get();
        SessionView s = session.get();
        int people = counts.stream().mapToInt(TicketCount::count).sum();
        return a != null && s != null && people >= a.minPartySize() && people <= Math.min(a.maxPartySize(), s.capacityRemaining());
    }

    /** The venue's zone: times are shown in it. */
    public ZoneId zone() {
        return zone;
    }

    /** Today at the venue (by the server's clock), wherever the kiosk's own clock and zone are. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Shows {@code chosen}, or today if that is earlier: no day before the venue's today is offered. */
    void day(LocalDate chosen) {
        LocalDate today = today();
        day.set(chosen.isBefore(today) ? today : chosen);
    }

    /** Whether the day on show is later than today, so that an earlier one can still be booked. */
    public boolean earlierDayBookable() {
        return day.get() != null && day.get().isAfter(today());
    }

    /** Open, not started, and with room for the smallest party the activity takes. */
    public boolean bookable(SessionView s) {
        PublicActivity a = activity.get();
        return a != null && s.status() == SessionStatus.OPEN && s.startTime().toInstant().isAfter(clock.instant())
                && s.capacityRemaining() >= a.minPartySize();
    }

    /** The party sizes the customer may pick: the activity's limits, and no more than is left. */
    public List<Integer> partySizes() {
        PublicActivity a = activity.get();
        SessionView s = session.get();
        if (a == null || s == null) {
            return List.of();
        }
        return IntStream.rangeClosed(a.minPartySize(), Math.min(a.maxPartySize(), s.capacityRemaining())).boxed().toList();
    }

    /** Takes a party size the customer may pick; false for any other. */
    boolean takeParty(int size) {
        if (!partySizes().contains(size)) {
            return false;
        }
        partySize = size;
        tickets = null;
        return true;
    }

    /** Takes the counts per ticket category (zeros dropped) if they make a party that fits; false otherwise. */
    boolean takeTickets(List<TicketCount> counts) {
        List<TicketCount> chosen = counts.stream().filter(t -> t.count() > 0).toList();
        if (!ticketsFit(chosen)) {
            return false;
        }
        tickets = chosen;
        partySize = chosen.stream().mapToInt(TicketCount::count).sum();
        return true;
    }

    void clear() {
        activity.set(null);
        session.set(null);
        day.set(null);
        partySize = null;
        tickets = null;
        sessions.clear();
    }
}
