package io.slotwise.server.reservation;

import io.slotwise.server.session.SeatKeeper;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The seats live holds keep, told to the session module. */
@Component
class HeldSeats implements SeatKeeper {

    private final JdbcClient jdbc;

    HeldSeats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Kind kind() {
        return Kind.HELD;
    }

    @Override
    public Map<UUID, Integer> seatsKept(Collection<UUID> sessionIds) {
        Map<UUID, Integer> seats = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return seats;
        }
        jdbc.sql("""
                SELECT session_id, SUM(party_size) AS seats FROM slot_reservations
                WHERE status = 'HELD' AND session_id IN (:ids) GROUP BY session_id""")
                .param("ids", sessionIds)
                .query(rs -> {
                    seats.put(rs.getObject("session_id", UUID.class), rs.getInt("seats"));
                });
        return seats;
    }

    @Override
    public boolean refersTo(UUID sessionId) {
        return jdbc.sql("SELECT COUNT(*) FROM slot_reservations WHERE session_id = :id")
                .param("id", sessionId).query(Long.class).single() > 0;
    }
}
