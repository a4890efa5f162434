package io.slotwise.server.giftcard;

import static io.slotwise.server.system.Sql.instant;

import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardDetails;
import io.slotwise.common.api.GiftCardMovement;
import io.slotwise.server.system.ReadModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A card's ledger as staff read it. */
@Component
@ReadModel("bookings: a redemption or refund names the booking of its hold, so the desk can look it up")
class GiftCardLedgers {

    private final JdbcClient jdbc;
    private final GiftCards cards;

    GiftCardLedgers(JdbcClient jdbc, GiftCards cards) {
        this.jdbc = jdbc;
        this.cards = cards;
    }

    private record Line(Instant at, String kind, long amount, String bookingNumber) {
    }

    /** The card with its ledger, oldest line first, each with the balance it left. */
    @Transactional(readOnly = true)
    GiftCardDetails details(UUID giftCardId) {
        GiftCard card = cards.get(giftCardId);
        List<Line> lines = jdbc.sql("""
                SELECT l.created_at, l.kind, l.amount, b.booking_number FROM gift_card_ledger l
                LEFT JOIN bookings b ON b.reservation_id = l.reservation_id
                WHERE l.gift_card_id = :id ORDER BY l.created_at, l.kind""")
                .param("id", giftCardId)
                .query((rs, n) -> new Line(instant(rs, "created_at"), rs.getString("kind"), rs.getLong("amount"),
                        rs.getString("booking_number")))
                .list();
        List<GiftCardMovement> ledger = new ArrayList<>();
        long balance = 0;
        for (Line line : lines) {
            balance += line.amount();
            ledger.add(new GiftCardMovement(line.at(), line.kind(), line.amount(), balance, line.bookingNumber()));
        }
        return new GiftCardDetails(card, ledger);
    }
}
