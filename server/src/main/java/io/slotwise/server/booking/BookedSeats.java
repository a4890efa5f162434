package io.slotwise.server.booking;

import io.slotwise.server.session.SeatCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The seats confirmed bookings keep, told to the session module. */
@Component
class BookedSeats extends SeatCounts {

    BookedSeats(JdbcClient jdbc) {
        super(jdbc, Kind.BOOKED,
                "SELECT session_id, SUM(party_size) AS seats FROM bookings"
                        + " WHERE status = 'CONFIRMED' AND session_id IN (:ids) GROUP BY session_id",
                "SELECT COUNT(*) FROM bookings WHERE session_id = :id");
    }
}
