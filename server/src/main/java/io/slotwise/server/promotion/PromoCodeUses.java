package io.slotwise.server.promotion;

import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.web.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Promo codes on holds and bookings. A hold takes one use of its code (its discount fixed then),
 * a confirmation keeps it, the hold's end or the booking's cancellation gives it back. Each step
 * joins the caller's transaction, so that a use moves in the same commit as its hold or booking;
 * uses are taken after the hold's seats, as they are given back, so that two transactions never
 * wait on a session and a code in opposite orders.
 */
@Service
public class PromoCodeUses {

    private final JdbcClient jdbc;

    PromoCodeUses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a code does for one hold: checked, nothing taken yet. */
    public record Quote(UUID promoCodeId, String code, long discount) {
    }

    private record Terms(UUID id, String code, Integer percentOff, Long amountOff, LocalDate validFrom, LocalDate validTo,
            boolean active, Integer maxUses, int taken, List<UUID> activities) {
    }

    /**
     * Whether {@code code} gives a discount on a hold of {@code activityId} made on the venue's day
     * {@code today}, and how much off {@code amount}. Refused with the reason: unknown (or switched
     * off), not yet or no longer valid, not for this activity, or used up.
     */
    public Quote quote(UUID venueId, UUID activityId, LocalDate today, String code, long amount) {
        String normalized = PromoCodes.normalize(code);
        Terms terms = terms(venueId, normalized).filter(Terms::active).orElseThrow(() -> new DomainException(
                ErrorCode.PROMO_CODE_UNKNOWN, "There is no promo code " + normalized + " here; please check how it is written"));
        if (terms.validFrom() != null && today.isBefore(terms.validFrom())) {
            throw notApplicable("The code " + terms.code() + " can be used from " + terms.validFrom());
        }
        if (terms.validTo() != null && today.isAfter(terms.validTo())) {
            throw notApplicable("The code " + terms.code() + " could be used until " + terms.validTo());
        }
        if (!terms.activities().isEmpty() && !terms.activities().contains(activityId)) {
            throw notApplicable("The code " + terms.code() + " is not for this activity");
        }
        if (terms.maxUses() != null && terms.taken() >= terms.maxUses()) {
            throw usedUp(terms.code());
        }
        return new Quote(terms.id(), terms.code(), Discounts.of(amount, terms.percentOff(), terms.amountOff()));
    }

    /**
     * Takes one use of the quoted code for a hold, inside the hold's transaction and after its seats:
     * refused (and the transaction with it) when the code's last use went to another hold meanwhile,
     * or when this customer has used it as often as they may.
     */
    public void take(Quote quote, UUID holdId, String email, Instant now) {
        DomainException refused = takeOne(quote.promoCodeId(), quote.code(), email);
        if (refused != null) {
            throw refused;
        }
        jdbc.sql("""
                INSERT INTO promo_code_uses (id, promo_code_id, reservation_id, email, discount, status, created_at, changed_at)
                VALUES (:id, :code, :hold, :email, :discount, 'HELD', :now, :now)""")
                .param("id", UUID.randomUUID()).param("code", quote.promoCodeId()).param("hold", holdId)
                .param("email", email.trim().toLowerCase(Locale.ROOT)).param("discount", quote.discount()).param("now", ts(now))
                .update();
    }

    /** The hold became a booking: its use counts. */
    public void confirmed(UUID holdId, Instant now) {
        jdbc.sql("UPDATE promo_code_uses SET status = 'USED', changed_at = :now WHERE reservation_id = :hold AND status = 'HELD'")
                .param("now", ts(now)).param("hold", holdId).update();
    }

    /** The hold ended without a booking: its use goes back to the code. */
    public void holdEnded(UUID holdId, Instant now) {
        giveBack(holdId, "HELD", now);
    }

    /** The booking was cancelled: its use goes back to the code. */
    public void bookingCancelled(UUID holdId, Instant now) {
        giveBack(holdId, "USED", now);
    }

    private record ReturnedUse(UUID promoCodeId, String code, String email) {
    }

    /**
     * A payment arrived for a hold that had ended (its use given back): takes the use again for the
     * booking, if the code has one left for this customer. False if not: the caller rolls its
     * transaction back and refunds.
     */
    public boolean retake(UUID holdId, Instant now) {
        var use = jdbc.sql("SELECT u.promo_code_id, u.email, p.code FROM promo_code_uses u JOIN promo_codes p ON p.id = u.promo_code_id"
                        + " WHERE u.reservation_id = :hold AND u.status = 'RETURNED'")
                .param("hold", holdId)
                .query((rs, n) -> new ReturnedUse(uuid(rs, "promo_code_id"), rs.getString("code"), rs.getString("email"))).optional();
        if (use.isEmpty()) {
            return true;
        }
        if (takeOne(use.get().promoCodeId(), use.get().code(), use.get().email()) != null) {
            return false;
        }
        jdbc.sql("UPDATE promo_code_uses SET status = 'USED', changed_at = :now WHERE reservation_id = :hold")
                .param("now", ts(now)).param("hold", holdId).update();
        return true;
    }

    /**
     * One use more for the code, if it has one left in all and for this customer; else why not (the
     * caller's transaction must then roll back: the count may have gone up already). The code's row
     * stays locked to this transaction from the UPDATE on, so racing holds count one after another.
     */
    private DomainException takeOne(UUID promoCodeId, String code, String email) {
        int taken = jdbc.sql("UPDATE promo_codes SET taken = taken + 1 WHERE id = :id AND (max_uses IS NULL OR taken < max_uses)")
                .param("id", promoCodeId).update();
        if (taken == 0) {
            return usedUp(code);
        }
        Integer perCustomer = jdbc.sql("SELECT max_uses_per_customer FROM promo_codes WHERE id = :id").param("id", promoCodeId)
                .query((rs, n) -> rs.getObject(1, Integer.class)).list().get(0);
        if (perCustomer == null) {
            return null;
        }
        long mine = jdbc.sql("SELECT COUNT(*) FROM promo_code_uses WHERE promo_code_id = :id AND email = :email AND status IN ('HELD', 'USED')")
                .param("id", promoCodeId).param("email", email.trim().toLowerCase(Locale.ROOT)).query(Long.class).single();
        return mine < perCustomer ? null : new DomainException(ErrorCode.PROMO_CODE_USED_UP,
                "You have used the code " + code + " as often as it may be used by one customer");
    }

    private void giveBack(UUID holdId, String from, Instant now) {
        int returned = jdbc.sql("UPDATE promo_code_uses SET status = 'RETURNED', changed_at = :now WHERE reservation_id = :hold AND status = :from")
                .param("now", ts(now)).param("hold", holdId).param("from", from).update();
        if (returned == 1) {
            jdbc.sql("UPDATE promo_codes SET taken = taken - 1 WHERE id = (SELECT promo_code_id FROM promo_code_uses WHERE reservation_id = :hold)")
                    .param("hold", holdId).update();
        }
    }

    private Optional<Terms> terms(UUID venueId, String code) {
        return jdbc.sql("""
                SELECT id, code, percent_off, amount_off, valid_from, valid_to, active, max_uses, taken
                FROM promo_codes WHERE venue_id = :venue AND code = :code""")
                .param("venue", venueId).param("code", code)
                .query((rs, n) -> new Terms(uuid(rs, "id"), rs.getString("code"), rs.getObject("percent_off", Integer.class),
                        rs.getObject("amount_off", Long.class), PromoCodes.localDate(rs, "valid_from"), PromoCodes.localDate(rs, "valid_to"),
                        rs.getBoolean("active"), rs.getObject("max_uses", Integer.class), rs.getInt("taken"), List.of()))
                .optional()
                .map(t -> new Terms(t.id(), t.code(), t.percentOff(), t.amountOff(), t.validFrom(), t.validTo(), t.active(), t.maxUses(),
                        t.taken(), jdbc.sql("SELECT activity_id FROM promo_code_activities WHERE promo_code_id = :id")
                                .param("id", t.id()).query((rs, n) -> uuid(rs, "activity_id")).list()));
    }

    private static DomainException notApplicable(String why) {
        return new DomainException(ErrorCode.PROMO_CODE_NOT_APPLICABLE, why);
    }

    private static DomainException usedUp(String code) {
        return new DomainException(ErrorCode.PROMO_CODE_USED_UP, "The code " + code + " has been used as often as it may be");
    }
}
