package io.slotwise.admin.dashboard;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.WeeklyTrend;
import io.slotwise.common.fx.Async;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The venue at a glance: the next bookings, the last seven days, and how full today is per activity. */
public final class DashboardModel {

    /** Today's places of one activity: sold, held, and in all. */
    public record Occupancy(String activity, int booked, int held, int capacity) {

        /** Booked share of all places, 0 to 1. */
        public double bookedShare() {
            return capacity == 0 ? 0 : (double) booked / capacity;
        }
    }

    private final AdminSession session;
    /** Each panel shows the answer for the venue last loaded, never a slower one for the venue before. */
    private final Async.Latest loadingUpcoming;
    private final Async.Latest loadingTrend;
    private final Async.Latest loadingToday;
    private final ObservableList<Booking> upcoming = FXCollections.observableArrayList();
    private final ObjectProperty<WeeklyTrend> trend = new SimpleObjectProperty<>();
    private final ObservableList<Occupancy> today = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DashboardModel(AdminSession session) {
        this.session = session;
        this.loadingUpcoming = session.async().latest();
        this.loadingTrend = session.async().latest();
        this.loadingToday = session.async().latest();
    }

    public void load() {
        VenueDetails venue = session.venue();
        if (venue == null) {
            return;
        }
        LocalDate day = session.today();
        loadingUpcoming.run(() -> session.client().staff().upcomingBookings(10, venue.id()), list -> upcoming.setAll(list),
                p -> message.set(p.message()));
        loadingTrend.run(() -> session.client().staff().weeklyTrend(venue.id()), trend::set, p -> message.set(p.message()));
        loadingToday.run(() -> session.client().staff().staffSessions(venue.id(), day, day), list -> today.setAll(occupancy(list)),
                p -> message.set(p.message()));
    }

    /** Sums the day's sessions per activity, in the order the activities first appear. */
    static List<Occupancy> occupancy(List<StaffSessionView> sessions) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (StaffSessionView s : sessions) {
            int[] sum = sums.computeIfAbsent(s.activityName(), k -> new int[3]);
            sum[0] += s.bookedSeats();
            sum[1] += s.heldSeats();
            sum[2] += s.capacityTotal();
        }
        return sums.entrySet().stream().map(e -> new Occupancy(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    public ObservableList<Booking> upcoming() {
        return upcoming;
    }

    public ObjectProperty<WeeklyTrend> trendProperty() {
        return trend;
    }

    public ObservableList<Occupancy> today() {
        return today;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
