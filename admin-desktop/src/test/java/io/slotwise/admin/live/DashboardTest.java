package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.WeeklyTrend;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class DashboardTest extends AdminTestBase {

    @Test
    void theDashboardsNumbersAreTheApisAndFollowNewBookings(FxRobot robot) {
        List<SessionView> today = owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today());
        book(today.get(0), 3, "one@example.com");
        book(today.get(5), 2, "two@example.com");
        AdminDriver admin = loggedIn(robot);

        admin.click("#nav-dashboard");

        assertMatchesApi(admin, 5);
        Booking third = book(today.get(6), 4, "three@example.com");
        admin.await("#upcoming-" + third.bookingNumber());
        assertMatchesApi(admin, 9);
    }

    private Booking book(SessionView slot, int party, String email) {
        Hold hold = owner.publicApi().hold(new HoldRequest(slot.id(), party, email));
        return owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest(email, null, PaymentMethod.CASH));
    }

    private void assertMatchesApi(AdminDriver admin, int bookedToday) {
        List<Booking> upcoming = owner.staff().upcomingBookings(10, venue.venue().id());
        for (Booking b : upcoming) {
            admin.await("#upcoming-" + b.bookingNumber());
        }
        assertThat(admin.robot().lookup("#upcomingList .label").queryAll()).hasSize(upcoming.size());

        List<StaffSessionView> sessions = owner.staff().staffSessions(venue.venue().id(), venue.today(), venue.today());
        int booked = sessions.stream().mapToInt(StaffSessionView::bookedSeats).sum();
        int capacity = sessions.stream().mapToInt(StaffSessionView::capacityTotal).sum();
        assertThat(booked).isEqualTo(bookedToday);
        admin.awaitText("#occupancy-0", booked + " of " + capacity + " booked");

        WeeklyTrend trend = owner.staff().weeklyTrend(venue.venue().id());
        int count = trend.days().stream().mapToInt(WeeklyTrend.Day::bookings).sum();
        long paid = trend.days().stream().mapToLong(d -> d.paid().getOrDefault("EUR", 0L)).sum();
        long expected = trend.days().stream().mapToLong(d -> d.expected().getOrDefault("EUR", 0L)).sum();
        assertThat(paid + expected).as("the demo's week has bookings paid both ways").isEqualTo(
                trend.days().stream().mapToLong(d -> d.revenue().getOrDefault("EUR", 0L)).sum());
        admin.awaitText("#trendTotals", count + " bookings · " + io.slotwise.common.fx.Money.format(paid, "EUR") + " paid · "
                + io.slotwise.common.fx.Money.format(expected, "EUR") + " expected at the venue");
    }
}
