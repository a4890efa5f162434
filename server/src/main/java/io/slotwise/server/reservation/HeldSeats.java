package io.slotwise.server.reservation;

import io.slotwise.server.session.SeatCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The seats live holds keep, told to the session module. */
@Component
class HeldSeats extends SeatCounts {

    HeldSeats(JdbcClient jdbc) {
        super(jdbc, Kind.HELD,
                "SELECT session_id, SUM(party_size) AS seats FROM slot_reservations"
                        + " WHERE status = 'HELD' AND session_id IN (:ids) GROUP BY session_id",
                "SELECT COUNT(*) FROM slot_reservations WHERE session_id = :id");
    }
}
