package io.slotwise.server.message;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox and its delivery log in SQL. A message is claimed for a while by one conditional
 * UPDATE before it is sent, so that of several instances (or two runs of the dispatcher) exactly
 * one sends it; a claim that outlives a crash runs out and the message is sent again, with the
 * same Message-ID.
 */
@Repository
class MessageStore {

    private static final String COLUMNS = """
            id, venue_id, booking_id, kind, recipient, locale, base_url, refund_amount, status, attempts, next_attempt_at,
            last_error, created_at, sent_at, webhook_id, event_type, payload, gift_card_id""";

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredMessage m) {
        insert(m, null);
    }

    /** Writes a message that must exist once for {@code onceKey}; false when it already does. */
    boolean insertOnce(StoredMessage m, String onceKey) {
        try {
            insert(m, onceKey);
            return true;
        } catch (org.springframework.dao.DuplicateKeyException written) {
            return false;
        }
    }

    private void insert(StoredMessage m, String onceKey) {
        jdbc.sql("INSERT INTO messages (" + COLUMNS + ", once_key, channel) VALUES (:id, :venue, :booking, :kind, :recipient,"
                        + " :locale, :baseUrl, :refund, 'PENDING', 0, :next, NULL, :created, NULL, :webhook, :eventType, :payload,"
                        + " :giftCard, :once, :channel)")
                .param("giftCard", m.giftCardId())
                .param("id", m.id())
                .param("venue", m.venueId())
                .param("booking", m.bookingId())
                .param("kind", m.kind().name())
                .param("recipient", m.recipient())
                .param("locale", m.locale())
                .param("baseUrl", m.baseUrl())
                .param("refund", m.refundAmount())
                .param("next", ts(m.nextAttemptAt()))
                .param("created", ts(m.createdAt()))
                .param("once", onceKey)
                .param("webhook", m.webhookId())
                .param("eventType", m.eventType())
                .param("payload", m.payload())
                .param("channel", m.isWebhook() ? "WEBHOOK" : "EMAIL")
                .update();
    }

    /** Pending messages of the channel ({@code EMAIL} or {@code WEBHOOK}) whose time has come and that nobody is sending now, oldest first. */
    List<UUID> due(String channel, Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM messages
                WHERE channel = :channel AND status = 'PENDING' AND next_attempt_at <= :now
                  AND (claimed_until IS NULL OR claimed_until < :now)
                ORDER BY next_attempt_at""" + " LIMIT " + limit)
                .param("channel", channel)
                .param("now", ts(now))
                .query(UUID.class)
                .list();
    }

    /** Takes the message for {@code lease}: true for exactly one of several claimants. */
    boolean claim(UUID id, Instant now, Duration lease) {
        return jdbc.sql("""
                UPDATE messages SET claimed_until = :until
                WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now
                  AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("until", ts(now.plus(lease)))
                .param("id", id)
                .param("now", ts(now))
                .update() == 1;
    }

    Optional<StoredMessage> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE id = :id").param("id", id)
                .query(MessageStore::message).optional();
    }

    List<StoredMessage> ofWebhook(UUID webhookId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE webhook_id = :webhook ORDER BY created_at DESC, id LIMIT " + limit)
                .param("webhook", webhookId).query(MessageStore::message).list();
    }

    List<StoredMessage> ofBooking(UUID bookingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE booking_id = :booking AND channel = 'EMAIL' ORDER BY created_at, id")
                .param("booking", bookingId).query(MessageStore::message).list();
    }

    /**
     * The venue's messages, mails and webhook events, newest first: all of them, or only those in
     * one of {@code statuses} (such as {@code PENDING} and {@code FAILED}, what needs attention).
     */
    List<StoredMessage> ofVenue(UUID venueId, List<String> statuses, int limit) {
        String only = statuses.isEmpty() ? "" : " AND status IN (:statuses)";
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE venue_id = :venue" + only
                        + " ORDER BY created_at DESC, id LIMIT " + limit)
                .param("venue", venueId);
        if (!statuses.isEmpty()) {
            query = query.param("statuses", statuses);
        }
        return query.query(MessageStore::message).list();
    }

    Optional<UUID> venueOf(UUID messageId) {
        return jdbc.sql("SELECT venue_id FROM messages WHERE id = :id").param("id", messageId).query(UUID.class).optional();
    }

    /**
     * Delivered; {@code answer} is what the receiver said ("HTTP 200"), null for a mail. Like a
     * failure, it changes only a message still pending: a sender so slow that its claim ran out
     * (and another sent the message) cannot undo the other's outcome; its attempt is logged all
     * the same.
     */
    void sent(UUID id, Instant at, String answer) {
        jdbc.sql("""
                UPDATE messages SET status = 'SENT', sent_at = :at, attempts = attempts + 1, claimed_until = NULL,
                       last_error = :answer
                WHERE id = :id AND status = 'PENDING'""")
                .param("at", ts(at)).param("answer", answer).param("id", id).update();
        attempt(id, at, "SENT", answer);
    }

    /** A failed attempt: tried again at {@code next}, or given up when there is none. */
    void failed(UUID id, Instant at, String why, Optional<Instant> next) {
        jdbc.sql("""
                UPDATE messages SET status = :status, attempts = attempts + 1, claimed_until = NULL,
                       last_error = :why, next_attempt_at = :next
                WHERE id = :id AND status = 'PENDING'""")
                .param("status", next.isPresent() ? "PENDING" : "FAILED")
                .param("why", why)
                .param("next", ts(next.orElse(at)))
                .param("id", id)
                .update();
        attempt(id, at, "FAILED", why);
    }

    private void attempt(UUID messageId, Instant at, String outcome, String detail) {
        jdbc.sql("INSERT INTO message_attempts (id, message_id, attempted_at, outcome, detail) VALUES (:id, :message, :at, :outcome, :detail)")
                .param("id", UUID.randomUUID())
                .param("message", messageId)
                .param("at", ts(at))
                .param("outcome", outcome)
                .param("detail", detail)
                .update();
    }

    private static StoredMessage message(ResultSet rs, int row) throws SQLException {
        return new StoredMessage(uuid(rs, "id"), uuid(rs, "venue_id"), uuid(rs, "booking_id"),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("recipient"), rs.getString("locale"),
                rs.getString("base_url"), rs.getObject("refund_amount") == null ? null : rs.getLong("refund_amount"),
                rs.getString("status"), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"), uuid(rs, "webhook_id"),
                rs.getString("event_type"), rs.getString("payload"), uuid(rs, "gift_card_id"));
    }
}
