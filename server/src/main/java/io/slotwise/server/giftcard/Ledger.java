package io.slotwise.server.giftcard;

import static io.slotwise.server.system.Sql.ts;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a card's ledger lines. Each is written in the same transaction as the change of the
 * card's balance it explains, so the lines always sum to the balance.
 */
@Component
class Ledger {

    enum Kind { ISSUED, REDEEMED, REFUNDED }

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A signed line: positive for ISSUED and REFUNDED, negative for REDEEMED. */
    void write(UUID cardId, Kind kind, long amount, UUID holdId, Instant now) {
        jdbc.sql("""
                INSERT INTO gift_card_ledger (id, gift_card_id, kind, amount, reservation_id, created_at)
                VALUES (:id, :card, :kind, :amount, :hold, :now)""")
                .param("id", UUID.randomUUID()).param("card", cardId).param("kind", kind.name())
                .param("amount", kind == Kind.REDEEMED ? -amount : amount).param("hold", holdId).param("now", ts(now))
                .update();
    }
}
