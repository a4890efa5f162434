package io.slotwise.server.reservation;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.HoldStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plain SQL for holds: the hot path is a handful of short statements, and every state change is
 * one conditional UPDATE ({@code WHERE status = 'HELD'}) so that only one of two racing changes
 * (say the expiry sweep and a confirmation) can win.
 */
@Repository
class HoldStore {

    private static final String COLUMNS = """
            id, session_id, party_size, email, status, amount, currency, hold_token_hash, idempotency_key,
            created_at, expires_at, locale, tickets""";
    /** Also what a promo code took off: only a hold of its own (never a batch) has one. */
    private static final String PLACED_COLUMNS = COLUMNS + ", discount, promo_code";
    /** Also what a gift card pays, set after the hold was placed. */
    private static final String READ_COLUMNS = PLACED_COLUMNS + ", gift_card_amount";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    HoldStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(StoredHold hold) {
        jdbc.sql("INSERT INTO slot_reservations (" + PLACED_COLUMNS + ") VALUES (:id, :session, :party, :email, 'HELD',"
                        + " :amount, :currency, :token, :key, :created, :expires, :locale, :tickets, :discount, :promoCode)")
                .param("id", hold.id())
                .param("session", hold.sessionId())
                .param("party", hold.partySize())
                .param("email", hold.email())
                .param("amount", hold.amount())
                .param("currency", hold.currency())
                .param("token", hold.tokenHash())
                .param("key", hold.idempotencyKey())
                .param("created", ts(hold.createdAt()))
                .param("expires", ts(hold.expiresAt()))
                .param("locale", hold.locale())
                .param("tickets", hold.tickets())
                .param("discount", hold.discount())
                .param("promoCode", hold.promoCode())
                .update();
    }

    /** Inserts several holds in one batch (one round trip on drivers that pipeline batches). */
    void insertAll(List<StoredHold> holds) {
        if (holds.size() == 1 || holds.stream().anyMatch(h -> h.promoCode() != null)) {
            holds.forEach(this::insert);
            return;
        }
        batch.batchUpdate("INSERT INTO slot_reservations (" + COLUMNS + ") VALUES (?, ?, ?, ?, 'HELD', ?, ?, ?, ?, ?, ?, ?, ?)",
                holds, holds.size(), (ps, hold) -> {
                    ps.setObject(1, hold.id());
                    ps.setObject(2, hold.sessionId());
                    ps.setInt(3, hold.partySize());
                    ps.setString(4, hold.email());
                    ps.setLong(5, hold.amount());
                    ps.setString(6, hold.currency());
                    ps.setString(7, hold.tokenHash());
                    ps.setString(8, hold.idempotencyKey());
                    ps.setObject(9, ts(hold.createdAt()));
                    ps.setObject(10, ts(hold.expiresAt()));
                    ps.setString(11, hold.locale());
                    ps.setString(12, hold.tickets());
                });
    }

    /** A confirmed hold follows its booking to another session. */
    void moveConfirmed(UUID id, UUID from, UUID to) {
        jdbc.sql("UPDATE slot_reservations SET session_id = :to WHERE id = :id AND session_id = :from AND status = 'CONFIRMED'")
                .param("to", to).param("id", id).param("from", from).update();
    }

    Optional<StoredHold> find(UUID id) {
        return jdbc.sql("SELECT " + READ_COLUMNS + " FROM slot_reservations WHERE id = :id")
                .param("id", id).query(HoldStore::hold).optional();
    }

    Optional<StoredHold> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT " + READ_COLUMNS + " FROM slot_reservations WHERE idempotency_key = :key")
                .param("key", key).query(HoldStore::hold).optional();
    }

    /**
     * Locks a live hold's row for a change of what pays it, before any gift card's row (the order
     * every hold change keeps); false if it is no longer live.
     */
    boolean lockLive(UUID id, Instant now) {
        return jdbc.sql("UPDATE slot_reservations SET gift_card_amount = gift_card_amount WHERE id = :id AND status = 'HELD' AND expires_at > :now")
                .param("id", id).param("now", ts(now)).update() == 1;
    }

    /** What a gift card pays of a live hold (its row locked by {@link #lockLive}). */
    void setGiftCardAmount(UUID id, long amount) {
        jdbc.sql("UPDATE slot_reservations SET gift_card_amount = :amount WHERE id = :id").param("amount", amount).param("id", id).update();
    }

    /** Ends a live hold as RELEASED; false if it was not HELD any more. */
    boolean release(UUID id, Instant now) {
        return jdbc.sql("UPDATE slot_reservations SET status = 'RELEASED', ended_at = :now WHERE id = :id AND status = 'HELD'")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    /** Ends a hold whose time ran out as EXPIRED; false if it was confirmed or ended meanwhile. */
    boolean expire(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE slot_reservations SET status = 'EXPIRED', ended_at = :now
                WHERE id = :id AND status = 'HELD' AND expires_at <= :now""")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    /** Confirms a hold still within its time; false if it expired, ended or was confirmed meanwhile. */
    boolean confirm(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE slot_reservations SET status = 'CONFIRMED', ended_at = :now
                WHERE id = :id AND status = 'HELD' AND expires_at > :now""")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    /**
     * Confirms a hold whose money arrived, however late, as long as the sweep has not ended it:
     * its seats are still its own. False if it was ended or confirmed meanwhile.
     */
    boolean confirmPaid(UUID id, Instant now) {
        return jdbc.sql("UPDATE slot_reservations SET status = 'CONFIRMED', ended_at = :now WHERE id = :id AND status = 'HELD'")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    /** Takes back an ended hold whose money arrived after all; the caller must take its seats again. */
    boolean reclaim(UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE slot_reservations SET status = 'CONFIRMED', ended_at = :now
                WHERE id = :id AND status IN ('EXPIRED', 'RELEASED')""")
                .param("now", ts(now)).param("id", id).update() == 1;
    }

    /** Holds whose time ran out, oldest first, as the sweep's next batch. */
    List<StoredHold> expiredBatch(Instant now, int limit) {
        return jdbc.sql("SELECT " + READ_COLUMNS + " FROM slot_reservations WHERE status = 'HELD' AND expires_at <= :now"
                        + " ORDER BY expires_at LIMIT " + limit)
                .param("now", ts(now)).query(HoldStore::hold).list();
    }

    private static StoredHold hold(ResultSet rs, int row) throws SQLException {
        return new StoredHold(uuid(rs, "id"), uuid(rs, "session_id"), rs.getInt("party_size"), rs.getString("email"),
                HoldStatus.valueOf(rs.getString("status")), rs.getLong("amount"), rs.getString("currency"),
                rs.getString("hold_token_hash"), rs.getString("idempotency_key"),
                instant(rs, "created_at"), instant(rs, "expires_at"), rs.getString("locale"), rs.getString("tickets"),
                rs.getLong("discount"), rs.getString("promo_code"), rs.getLong("gift_card_amount"));
    }
}
