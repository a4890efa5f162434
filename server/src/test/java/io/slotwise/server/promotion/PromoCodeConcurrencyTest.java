package io.slotwise.server.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PromoCode;
import io.slotwise.common.api.PromoCodeRequest;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.Together;
import io.slotwise.server.web.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Promo code limits under real parallel load, on H2 and on PostgreSQL: never one use too many,
 * and the code's count always equal to the holds and bookings that have it.
 */
class PromoCodeConcurrencyTest extends DatabaseTest {

    @Autowired
    HoldService holds;

    @Autowired
    PromoCodes codes;

    @Autowired
    JdbcClient jdbc;

    private final List<UUID> checked = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void everyCountIsItsUses() {
        fixtures.assertCapacityInvariant();
        for (UUID code : checked) {
            int taken = jdbc.sql("SELECT taken FROM promo_codes WHERE id = :id").param("id", code).query(Integer.class).single();
            int live = jdbc.sql("SELECT COUNT(*) FROM promo_code_uses WHERE promo_code_id = :id AND status IN ('HELD', 'USED')")
                    .param("id", code).query(Integer.class).single();
            assertThat(taken).as("the code's count is its held and used uses").isEqualTo(live);
        }
    }

    private PromoCode code(ActivityDetails activity, String name, Integer maxUses, Integer perCustomer) {
        PromoCode code = codes.create(activity.venueId(), new PromoCodeRequest(name, 20, null, null, null, null, maxUses, perCustomer));
        checked.add(code.id());
        return code;
    }

    @Test
    void fortyParallelHoldsForACodeOfFiveUsesMakeExactlyFiveDiscountedBookings() throws Exception {
        ActivityDetails activity = fixtures.activity(200, 1, 8, PaymentMode.PAY_AT_VENUE);
        PromoCode code = code(activity, "FIVE", 5, null);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 200);
        Set<Hold> made = ConcurrentHashMap.newKeySet();
        Set<ErrorCode> refused = ConcurrentHashMap.newKeySet();

        Together.run(40, i -> {
            try {
                made.add(holds.hold(new HoldRequest(session, 2, "p" + i + "@example.com", null, null, "FIVE"), null));
            } catch (DomainException e) {
                refused.add(e.code());
            }
        });
        List<Booking> booked = Collections.synchronizedList(new ArrayList<>());
        List<Hold> all = new ArrayList<>(made);
        Together.run(all.size(), i -> booked.add(holds.confirmByStaff(all.get(i).id(), new ConfirmRequest("P" + i, null,
                PaymentMethod.CASH), false)));

        assertThat(refused).containsOnly(ErrorCode.PROMO_CODE_USED_UP);
        assertThat(booked).hasSize(5).allSatisfy(b -> {
            assertThat(b.discount()).isEqualTo(1000);
            assertThat(b.totalAmount()).isEqualTo(4000);
        });
        assertThat(codes.get(code.id()).uses()).isEqualTo(5);
        assertThat(fixtures.remaining(session)).isEqualTo(190);
    }

    @Test
    void oneCustomerRacingForACodeOfOneUseEachGetsOne() throws Exception {
        ActivityDetails activity = fixtures.activity(100, 1, 8, PaymentMode.PAY_AT_VENUE);
        code(activity, "ONE-EACH", null, 1);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 100);
        Set<String> granted = ConcurrentHashMap.newKeySet();
        List<String> customers = List.of("ana@example.com", "bo@example.com", "cy@example.com");

        Together.run(24, i -> {
            String email = customers.get(i % 3);
            try {
                holds.hold(new HoldRequest(session, 1, i < 3 ? email : email.toUpperCase(), null, null, "one-each"), null);
                assertThat(granted.add(email.toLowerCase())).as("a second use for " + email).isTrue();
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.PROMO_CODE_USED_UP);
            }
        });

        assertThat(granted).containsExactlyInAnyOrderElementsOf(customers);
    }

    @Test
    void theExpirySweepRacingConfirmationsGivesBackExactlyTheUsesOfHoldsItEnded() throws Exception {
        ActivityDetails activity = fixtures.activity(100, 1, 8, PaymentMode.PAY_AT_VENUE);
        PromoCode code = code(activity, "RACE", 16, null);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 100);
        List<Hold> made = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            made.add(holds.hold(new HoldRequest(session, 2, "race" + i + "@example.com", null, null, "RACE"), null));
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
        PromoCode after = codes.get(code.id());
        assertThat(after.uses()).isEqualTo((int) confirmed);
        assertThat(after.held()).isZero();
    }
}
