package io.slotwise.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The benchmark's direct line to PostgreSQL: fresh sessions to load, baselines, and the invariant check after a run. */
final class BenchDatabase {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    BenchDatabase(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** The original design's reserve_slot, as a baseline only: Slotwise itself does not use it. */
    void createReserveSlotBaseline() throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute("""
                    CREATE OR REPLACE FUNCTION bench_reserve_slot(p_session UUID, p_party INT, p_email TEXT) RETURNS UUID AS $$
                    DECLARE
                        v_remaining INT;
                        v_id UUID := gen_random_uuid();
                    BEGIN
                        SELECT capacity_remaining INTO v_remaining FROM activity_sessions WHERE id = p_session FOR UPDATE;
                        IF v_remaining IS NULL OR v_remaining < p_party THEN
                            RAISE EXCEPTION 'INSUFFICIENT_CAPACITY';
                        END IF;
                        INSERT INTO slot_reservations (id, session_id, party_size, email, status, amount, currency,
                                                       hold_token_hash, created_at, expires_at)
                        VALUES (v_id, p_session, p_party, p_email, 'HELD', 0, 'EUR', 'baseline', now(), now() + interval '10 minutes');
                        UPDATE activity_sessions SET capacity_remaining = capacity_remaining - p_party WHERE id = p_session;
                        RETURN v_id;
                    END $$ LANGUAGE plpgsql""");
        }
    }

    UUID newSession(UUID activityId, int capacity) throws SQLException {
        return newSession(activityId, capacity, Instant.now().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC).plusMinutes(
                (long) (Math.random() * 100_000)));
    }

    /** A session of the activity starting at {@code start}, an hour long. */
    UUID newSession(UUID activityId, int capacity, OffsetDateTime start) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO activity_sessions (id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN')""")) {
            s.setObject(1, id);
            s.setObject(2, activityId);
            s.setObject(3, start);
            s.setObject(4, start.plusHours(1));
            s.setInt(5, capacity);
            s.setInt(6, capacity);
            s.executeUpdate();
        }
        return id;
    }

    /** (total - remaining) - seats of live holds: zero when the capacity invariant holds. */
    long invariantGap(UUID session) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                SELECT s.capacity_total - s.capacity_remaining
                       - COALESCE((SELECT SUM(party_size) FROM slot_reservations r WHERE r.session_id = s.id AND r.status IN ('HELD', 'CONFIRMED')), 0)
                FROM activity_sessions s WHERE s.id = ?""")) {
            s.setObject(1, session);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    int remaining(UUID session) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT capacity_remaining FROM activity_sessions WHERE id = ?")) {
            s.setObject(1, session);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

}
