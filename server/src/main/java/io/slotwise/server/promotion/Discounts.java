package io.slotwise.server.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a promo code takes off a price, in minor units of the price's currency. Pure. A percentage
 * is rounded half up to a whole minor unit (a cent, a yen, a fils: the currency's own smallest
 * amount, so a currency with 0 or 3 decimals needs no rule of its own); a fixed amount takes at
 * most the price. A discount is never negative and never more than the price.
 */
final class Discounts {

    private Discounts() {
    }

    /** The discount off {@code amount}: {@code percentOff} of it, or {@code amountOff}; exactly one of them is given. */
    static long of(long amount, Integer percentOff, Long amountOff) {
        if (amount < 0 || (percentOff == null) == (amountOff == null)) {
            throw new IllegalArgumentException("A discount needs a price and one of percent or amount off");
        }
        if (percentOff != null) {
            if (percentOff < 1 || percentOff > 100) {
                throw new IllegalArgumentException("Percent off must be between 1 and 100: " + percentOff);
            }
            return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(percentOff))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        }
        if (amountOff <= 0) {
            throw new IllegalArgumentException("Amount off must be positive: " + amountOff);
        }
        return Math.min(amountOff, amount);
    }
}
