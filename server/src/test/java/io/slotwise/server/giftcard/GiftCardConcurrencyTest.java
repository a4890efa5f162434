package io.slotwise.server.giftcard;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.Fixtures;
import io.slotwise.server.support.Together;
import io.slotwise.server.web.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gift card balances under real parallel load, on H2 and on PostgreSQL: never more set aside or
 * spent than a card has, and after every test each card's balance is the sum of its ledger and
 * what it has set aside is exactly what its live holds have.
 */
class GiftCardConcurrencyTest extends DatabaseTest {

    @Autowired
    HoldService holds;

    @Autowired
    GiftCards cards;

    @Autowired
    ActivityService activities;

    @Autowired
    JdbcClient jdbc;

    private final List<UUID> checked = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void everyBalanceIsItsLedger() {
        fixtures.assertCapacityInvariant();
        for (UUID card : checked) {
            GiftCard now = cards.get(card);
            long ledger = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM gift_card_ledger WHERE gift_card_id = :id")
                    .param("id", card).query(Long.class).single();
            long held = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM gift_card_holds WHERE gift_card_id = :id AND status = 'HELD'")
                    .param("id", card).query(Long.class).single();
            assertThat(now.balance()).as("the balance is the sum of the ledger").isEqualTo(ledger);
            assertThat(now.reserved()).as("set aside is what live holds have").isEqualTo(held);
            assertThat(now.balance()).as("never a negative balance").isGreaterThanOrEqualTo(now.reserved()).isNotNegative();
        }
    }

    /** A pay-at-venue room at 20.00 a person, in a venue of its own. */
    private ActivityDetails room() {
        UUID venue = fixtures.venue("Europe/Berlin").id();
        return activities.create(venue, new ActivityRequest("Room " + UUID.randomUUID().toString().substring(0, 8), "A room", 60, 2000L,
                "EUR", 1, 8, 200, PaymentMode.PAY_AT_VENUE, null, Fixtures.NO_HOURS, true));
    }

    private GiftCard card(ActivityDetails activity, long amount) {
        GiftCard card = cards.sell(activity.venueId(), new GiftCardRequest(amount, "EUR", null, null));
        checked.add(card.id());
        return card;
    }

    private List<Hold> holds(ActivityDetails activity, int count) {
        UUID session = fixtures.session(activity, Duration.ofHours(3), 200);
        List<Hold> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(holds.hold(new HoldRequest(session, 1, "g" + i + "@example.com"), null));
        }
        return made;
    }

    private Response apply(Hold hold, String code) {
        return api().post("/api/v1/public/reservations/" + hold.id() + "/gift-card", map("code", code), "X-Hold-Token", hold.holdToken());
    }

    @Test
    void tenParallelHoldsOfTwentyOnACardOfFiftyTakeFiftyAndNoMore() throws Exception {
        ActivityDetails activity = room();
        GiftCard card = card(activity, 5000);
        List<Hold> made = holds(activity, 10);
        List<Long> paid = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());

        Together.run(made.size(), i -> {
            Response applied = apply(made.get(i), card.code());
            if (applied.status() == 200) {
                paid.add(applied.json().path("giftCardAmount").asLong());
            } else {
                refused.add(applied.code());
            }
        });

        assertThat(paid).containsExactlyInAnyOrder(2000L, 2000L, 1000L);
        assertThat(refused).hasSize(7).containsOnly(ErrorCode.GIFT_CARD_EMPTY.name());
        List<Booking> booked = Collections.synchronizedList(new ArrayList<>());
        Together.run(made.size(), i -> booked.add(holds.confirmByStaff(made.get(i).id(), new ConfirmRequest("G" + i, null,
                PaymentMethod.CASH), false)));

        assertThat(booked.stream().mapToLong(Booking::giftCardAmount).sum()).isEqualTo(5000);
        assertThat(booked).filteredOn(b -> b.giftCardAmount() == 2000).hasSize(2)
                .allSatisfy(b -> assertThat(b.paymentMethod()).isEqualTo(PaymentMethod.GIFT_CARD));
        assertThat(cards.get(card.id()).balance()).isZero();
    }

    @Test
    void theExpirySweepRacingConfirmationsTakesTheCardsPartOfExactlyTheConfirmedHolds() throws Exception {
        ActivityDetails activity = room();
        GiftCard card = card(activity, 100_000);
        List<Hold> made = holds(activity, 16);
        for (Hold hold : made) {
            assertThat(apply(hold, card.code()).status()).isEqualTo(200);
        }
        Instant expiry = made.get(made.size() - 1).expiresAt().toInstant();
        clock.set(made.get(0).expiresAt().toInstant().minusMillis(1));

        Together.run(made.size() + 2, i -> {
            if (i < made.size()) {
                try {
                    holds.confirmByStaff(made.get(i).id(), new ConfirmRequest("Racer", null, PaymentMethod.CASH), false);
                } catch (DomainException e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.HOLD_EXPIRED);
                }
            } else if (i == made.size()) {
                clock.set(expiry);
            } else {
                holds.releaseExpired();
            }
        });
        holds.releaseExpired();

        long confirmed = made.stream().filter(h -> fixtures.holdStatus(h.id()).equals("CONFIRMED")).count();
        assertThat(cards.get(card.id()).balance()).isEqualTo(100_000 - 2000 * confirmed);
        assertThat(cards.get(card.id()).reserved()).isZero();
    }

    @Test
    void aCardAppliedWhileTheSweepEndsItsHoldsIsNeverLeftSetAside() throws Exception {
        ActivityDetails activity = room();
        GiftCard card = card(activity, 100_000);
        List<Hold> made = holds(activity, 12);
        Instant expiry = made.get(made.size() - 1).expiresAt().toInstant();
        clock.set(made.get(0).expiresAt().toInstant().minusMillis(1));

        Together.run(made.size() + 2, i -> {
            if (i < made.size()) {
                Response applied = apply(made.get(i), card.code());
                assertThat(applied.status()).as(applied.text()).isIn(200, 409);
            } else if (i == made.size()) {
                clock.set(expiry);
            } else {
                holds.releaseExpired();
            }
        });
        holds.releaseExpired();

        assertThat(cards.get(card.id()).reserved()).as("every hold ended: nothing set aside").isZero();
        assertThat(cards.get(card.id()).balance()).isEqualTo(100_000);
    }
}
