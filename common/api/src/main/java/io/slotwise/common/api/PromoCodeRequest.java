package io.slotwise.common.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new promo code of a venue. Either {@code percentOff} (1 to 100) or {@code amountOff} (in minor
 * units of the booked activity's currency) is given, not both. {@code validFrom} and
 * {@code validTo} are days of the venue, both included, either left open; {@code activityIds}
 * empty or left out means every activity of the venue. {@code maxUses} counts every use, and
 * {@code maxUsesPerCustomer} the uses of one email address; left out, unlimited. Codes are
 * letters, digits and dashes, and are matched whatever their case.
 */
public record PromoCodeRequest(
        String code,
        Integer percentOff,
        Long amountOff,
        LocalDate validFrom,
        LocalDate validTo,
        List<UUID> activityIds,
        Integer maxUses,
        Integer maxUsesPerCustomer) {
}
