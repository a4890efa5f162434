package io.slotwise.server.giftcard;

import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.web.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Gift cards paying holds and bookings. A hold sets part of a card's balance aside (reserved), a
 * confirmation takes it (a REDEEMED line), the hold's end gives it back, and a refund of the
 * booking puts it back on the card (a REFUNDED line). Each step joins the caller's transaction,
 * so that the card moves in the same commit as its hold or booking, and each is one conditional
 * UPDATE of the card's row, so that racing holds never set aside more than the card has. Callers
 * lock the hold's row before the card's, as every step here comes after the hold's own change.
 */
@Service
public class GiftCardHolds {

    private final JdbcClient jdbc;
    private final Ledger ledger;

    GiftCardHolds(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** What a card pays of one hold. */
    public record Applied(String code, long amount) {

        /** Whether {@code typed} is this card's code, however it was written. */
        public boolean isCode(String typed) {
            return code.equals(GiftCardCodes.normalize(typed));
        }
    }

    private record Card(UUID id, UUID venueId, String currency, long available, LocalDate expiresOn) {
    }

    /**
     * Sets aside {@code min(available, due)} of the card typed as {@code typedCode} for a live hold
     * of {@code venueId} in {@code currency}, on the venue's day {@code today}. The caller holds
     * the hold's row locked. Refused: no such card, another venue's or currency, expired, or
     * nothing left on it now.
     */
    public Applied reserve(UUID holdId, UUID venueId, String currency, LocalDate today, String typedCode, long due, Instant now) {
        String code = GiftCardCodes.normalize(typedCode);
        // Locks the card's row: racing holds on one card read its balance one after another.
        Card card = code == null ? null : jdbc.sql("""
                SELECT id, venue_id, currency, balance - reserved AS available, expires_on FROM gift_cards
                WHERE code = :code AND status = 'ACTIVE' FOR UPDATE""")
                .param("code", code)
                .query((rs, n) -> new Card(uuid(rs, "id"), uuid(rs, "venue_id"), rs.getString("currency"), rs.getLong("available"),
                        rs.getObject("expires_on", LocalDate.class)))
                .optional().orElse(null);
        if (card == null) {
            throw GiftCards.unknown();
        }
        if (!card.venueId().equals(venueId)) {
            throw notApplicable("This gift card is for another venue");
        }
        if (!card.currency().equals(currency)) {
            throw notApplicable("This gift card is in " + card.currency() + "; this booking is paid in " + currency);
        }
        if (card.expiresOn() != null && today.isAfter(card.expiresOn())) {
            throw new DomainException(ErrorCode.GIFT_CARD_EXPIRED, "This gift card could be used until " + card.expiresOn());
        }
        if (due <= 0) {
            throw notApplicable("Nothing is left to pay for this booking");
        }
        if (card.available() <= 0) {
            throw new DomainException(ErrorCode.GIFT_CARD_EMPTY, "Nothing is left on this gift card");
        }
        long amount = Math.min(card.available(), due);
        int reserved = jdbc.sql("UPDATE gift_cards SET reserved = reserved + :amount WHERE id = :id AND balance - reserved >= :amount")
                .param("amount", amount).param("id", card.id()).update();
        if (reserved == 0) {
            throw new DomainException(ErrorCode.GIFT_CARD_EMPTY, "Nothing is left on this gift card");
        }
        jdbc.sql("""
                INSERT INTO gift_card_holds (reservation_id, gift_card_id, amount, status, created_at, changed_at)
                VALUES (:hold, :card, :amount, 'HELD', :now, :now)""")
                .param("hold", holdId).param("card", card.id()).param("amount", amount).param("now", ts(now)).update();
        return new Applied(code, amount);
    }

    /** The card on a hold and what it pays, if any. */
    public Optional<Applied> on(UUID holdId) {
        return jdbc.sql("SELECT c.code, h.amount FROM gift_card_holds h JOIN gift_cards c ON c.id = h.gift_card_id WHERE h.reservation_id = :hold")
                .param("hold", holdId).query((rs, n) -> new Applied(rs.getString("code"), rs.getLong("amount"))).optional();
    }

    /** The hold became a booking: what was set aside is taken off the card. */
    public void confirmed(UUID holdId, Instant now) {
        move(holdId, "HELD", "TAKEN", "reserved = reserved - :amount, balance = balance - :amount", Ledger.Kind.REDEEMED, now);
    }

    /** The hold ended without a booking: what was set aside is free again. */
    public void holdEnded(UUID holdId, Instant now) {
        move(holdId, "HELD", "RETURNED", "reserved = reserved - :amount", null, now);
    }

    /** The booking's money goes back: what the card paid is put back on it. The amount, 0 if none (or done before). */
    public long refund(UUID holdId, Instant now) {
        return move(holdId, "TAKEN", "REFUNDED", "balance = balance + :amount", Ledger.Kind.REFUNDED, now);
    }

    /** What went back onto a card from the hold's booking: its part once refunded, else 0. */
    public long refunded(UUID holdId) {
        return use(holdId, "REFUNDED").map(Use::amount).orElse(0L);
    }

    /**
     * A payment arrived for a hold that had ended (its card's part given back): takes that part
     * again for the booking if the card still has it. False if not: the caller rolls its
     * transaction back and refunds.
     */
    public boolean retake(UUID holdId, Instant now) {
        var returned = use(holdId, "RETURNED");
        if (returned.isEmpty()) {
            return true;
        }
        int taken = jdbc.sql("UPDATE gift_cards SET balance = balance - :amount WHERE id = :id AND balance - reserved >= :amount")
                .param("amount", returned.get().amount()).param("id", returned.get().cardId()).update();
        if (taken == 0) {
            return false;
        }
        jdbc.sql("UPDATE gift_card_holds SET status = 'TAKEN', changed_at = :now WHERE reservation_id = :hold AND status = 'RETURNED'")
                .param("now", ts(now)).param("hold", holdId).update();
        ledger.write(returned.get().cardId(), Ledger.Kind.REDEEMED, returned.get().amount(), holdId, now);
        return true;
    }

    private record Use(UUID cardId, long amount) {
    }

    private Optional<Use> use(UUID holdId, String status) {
        return jdbc.sql("SELECT gift_card_id, amount FROM gift_card_holds WHERE reservation_id = :hold AND status = :status")
                .param("hold", holdId).param("status", status)
                .query((rs, n) -> new Use(uuid(rs, "gift_card_id"), rs.getLong("amount"))).optional();
    }

    /**
     * Moves the hold's use from one state to the next (the conditional UPDATE makes a repeat a
     * no-op), then the card's row as {@code cardChange} says, with its ledger line if any.
     */
    private long move(UUID holdId, String from, String to, String cardChange, Ledger.Kind line, Instant now) {
        int moved = jdbc.sql("UPDATE gift_card_holds SET status = :to, changed_at = :now WHERE reservation_id = :hold AND status = :from")
                .param("to", to).param("now", ts(now)).param("hold", holdId).param("from", from).update();
        if (moved == 0) {
            return 0;
        }
        Use use = use(holdId, to).orElseThrow();
        jdbc.sql("UPDATE gift_cards SET " + cardChange + " WHERE id = :id").param("amount", use.amount()).param("id", use.cardId()).update();
        if (line != null) {
            ledger.write(use.cardId(), line, use.amount(), holdId, now);
        }
        return use.amount();
    }

    private static DomainException notApplicable(String why) {
        return new DomainException(ErrorCode.GIFT_CARD_NOT_APPLICABLE, why);
    }
}
