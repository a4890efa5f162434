package io.slotwise.server.session;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link SeatKeeper} over two queries of the keeper's own table, which the keeper writes in its
 * own module: seats by session ({@code session_id} and {@code seats} columns, for the sessions in
 * {@code :ids}), and how many rows refer to a session ({@code :id}).
 */
public abstract class SeatCounts implements SeatKeeper {

    private final JdbcClient jdbc;
    private final Kind kind;
    private final String seatsBySession;
    private final String rowsOfSession;

    protected SeatCounts(JdbcClient jdbc, Kind kind, String seatsBySession, String rowsOfSession) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.seatsBySession = seatsBySession;
        this.rowsOfSession = rowsOfSession;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public Map<UUID, Integer> seatsKept(Collection<UUID> sessionIds) {
        Map<UUID, Integer> seats = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            jdbc.sql(seatsBySession).param("ids", sessionIds)
                    .query(rs -> {
                        seats.put(rs.getObject("session_id", UUID.class), rs.getInt("seats"));
                    });
        }
        return seats;
    }

    @Override
    public boolean refersTo(UUID sessionId) {
        return jdbc.sql(rowsOfSession).param("id", sessionId).query(Long.class).single() > 0;
    }
}
