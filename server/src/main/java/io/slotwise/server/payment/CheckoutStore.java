package io.slotwise.server.payment;

import static io.slotwise.server.system.Sql.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The payment pages made for holds, and the provider events already handled. */
@Component
class CheckoutStore {

    record StoredCheckout(String id, UUID reservationId, String url, String status) {
    }

    private final JdbcClient jdbc;

    CheckoutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredCheckout> openFor(UUID reservationId) {
        return jdbc.sql("SELECT id, reservation_id, url, status FROM checkout_sessions WHERE reservation_id = :r AND status = 'OPEN'")
                .param("r", reservationId)
                .query((rs, n) -> new StoredCheckout(rs.getString("id"), rs.getObject("reservation_id", UUID.class),
                        rs.getString("url"), rs.getString("status")))
                .optional();
    }

    Optional<StoredCheckout> find(String id) {
        return jdbc.sql("SELECT id, reservation_id, url, status FROM checkout_sessions WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredCheckout(rs.getString("id"), rs.getObject("reservation_id", UUID.class),
                        rs.getString("url"), rs.getString("status")))
                .optional();
    }

    List<String> openIdsFor(UUID reservationId) {
        return jdbc.sql("SELECT id FROM checkout_sessions WHERE reservation_id = :r AND status = 'OPEN'")
                .param("r", reservationId).query(String.class).list();
    }

    /** Records a new page; false if it is known already (the provider returned the same page twice). */
    boolean add(String id, UUID reservationId, String url, Instant now) {
        try {
            jdbc.sql("INSERT INTO checkout_sessions (id, reservation_id, url, status, created_at) VALUES (:id, :r, :url, 'OPEN', :now)")
                    .param("id", id).param("r", reservationId).param("url", url).param("now", ts(now)).update();
            return true;
        } catch (DuplicateKeyException known) {
            return false;
        }
    }

    void mark(String id, String status) {
        jdbc.sql("UPDATE checkout_sessions SET status = :status WHERE id = :id AND status = 'OPEN'")
                .param("status", status).param("id", id).update();
    }

    boolean handled(String eventId) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_events WHERE id = :id").param("id", eventId).query(Integer.class).single() > 0;
    }

    /** Notes an event as handled; a second note of the same event (two deliveries at once) changes nothing. */
    void markHandled(String eventId, String type, Instant now) {
        try {
            jdbc.sql("INSERT INTO payment_events (id, type, received_at) VALUES (:id, :type, :now)")
                    .param("id", eventId).param("type", type).param("now", ts(now)).update();
        } catch (DuplicateKeyException alsoHandledByTheOtherDelivery) {
            // Fine: the steps are repeatable, and both deliveries did them.
        }
    }
}
