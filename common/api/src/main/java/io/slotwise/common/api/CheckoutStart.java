package io.slotwise.common.api;

import java.time.Instant;

/** The payment page for a hold: send the customer to {@code url} (or show it as a QR code). */
public record CheckoutStart(String checkoutSessionId, String url, Instant holdExpiresAt) {
}
