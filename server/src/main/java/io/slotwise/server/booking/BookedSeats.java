package io.slotwise.server.booking;

import io.slotwise.server.session.SeatKeeper;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The seats confirmed bookings keep, told to the session module. */
@Component
class BookedSeats implements SeatKeeper {

    private final JdbcClient jdbc;

    BookedSeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.BOOKED;
    }

    @Override
    public Map<UUID, Integer> seatsKept(Collection<UUID> sessionIds) {
        Map<UUID, Integer> seats = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return seats;
        }
        jdbc.sql("""
                SELECT session_id, SUM(party_size) AS seats FROM bookings
                WHERE status = 'CONFIRMED' AND session_id IN (:ids) GROUP BY session_id""")
                .param("ids", sessionIds)
                .query(rs -> {
                    seats.put(rs.getObject("session_id", UUID.class), rs.getInt("seats"));
                });
        return seats;
    }

    @Override
    public boolean refersTo(UUID sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM bookings WHERE session_id = :id")
                .param("id", sessionId).query(Long.class).single() > 0;
    }
}
