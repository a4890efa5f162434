package io.slotwise.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A venue's promo code as staff see it ({@link PromoCodeRequest} says what its terms mean).
 * {@code uses} counts the confirmed bookings that used it (a cancelled one gives its use back);
 * {@code held} the live holds that have it now, which {@code maxUses} counts too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromoCode(
        UUID id,
        UUID venueId,
        String code,
        Integer percentOff,
        Long amountOff,
        LocalDate validFrom,
        LocalDate validTo,
        List<UUID> activityIds,
        Integer maxUses,
        Integer maxUsesPerCustomer,
        boolean active,
        int uses,
        int held,
        Instant createdAt) {
}
