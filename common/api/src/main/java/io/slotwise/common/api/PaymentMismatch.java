package io.slotwise.common.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An online payment that did not match what its hold cost (the provider's total differed from
 * the amount the server computed): nothing was booked, the money went back in full, and staff
 * see it to contact the customer. Amounts in minor units of {@code currency}.
 */
public record PaymentMismatch(String paymentReference, UUID holdId, String activityName, OffsetDateTime startTime,
        String customerEmail, long expectedAmount, long receivedAmount, String currency, Instant createdAt) {
}
