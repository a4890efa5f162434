package io.slotwise.server.payment;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;

import io.slotwise.common.api.PaymentMismatch;
import io.slotwise.server.reservation.PaidHolds;
import io.slotwise.server.session.SessionTerms;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments whose amount did not match their hold, kept for staff; one per payment, however often it is reported. */
@Repository
class PaymentMismatches {

    private final JdbcClient jdbc;
    private final PaidHolds holds;
    private final Clock clock;

    PaymentMismatches(JdbcClient jdbc, PaidHolds holds, Clock clock) {
        this.jdbc = jdbc;
        this.holds = holds;
        this.clock = clock;
    }

    void record(String checkoutId, UUID holdId, String paymentReference, long expected, long received) {
        SessionTerms terms = holds.termsOf(holdId);
        jdbc.sql("""
                INSERT INTO payment_mismatches (payment_reference, venue_id, reservation_id, checkout_id, expected_amount,
                                                received_amount, currency, customer_email, created_at)
                SELECT :reference, :venue, :hold, :checkout, :expected, :received, :currency, :email, :now
                WHERE NOT EXISTS (SELECT 1 FROM payment_mismatches WHERE payment_reference = :reference)""")
                .param("reference", paymentReference)
                .param("venue", terms.venueId())
                .param("hold", holdId)
                .param("checkout", checkoutId)
                .param("expected", expected)
                .param("received", received)
                .param("currency", terms.currency())
                .param("email", holds.emailOf(holdId))
                .param("now", ts(clock.instant()))
                .update();
    }

    /** The venue's mismatched payments, newest first. */
    List<PaymentMismatch> ofVenue(UUID venueId) {
        return jdbc.sql("""
                SELECT payment_reference, reservation_id, customer_email, expected_amount, received_amount, currency, created_at
                FROM payment_mismatches WHERE venue_id = :venue ORDER BY created_at DESC LIMIT 100""")
                .param("venue", venueId)
                .query((rs, n) -> {
                    UUID hold = rs.getObject("reservation_id", UUID.class);
                    SessionTerms terms = holds.termsOf(hold);
                    return new PaymentMismatch(rs.getString("payment_reference"), hold, terms.activityName(),
                            terms.startTime().atZone(terms.zone()).toOffsetDateTime(), rs.getString("customer_email"),
                            rs.getLong("expected_amount"), rs.getLong("received_amount"), rs.getString("currency"),
                            instant(rs, "created_at"));
                })
                .list();
    }
}
