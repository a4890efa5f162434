package io.slotwise.server.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * What Slotwise asks of its payment provider. {@link StripeGateway} is the real one; without a
 * secret key configured, {@link #unavailable()} refuses everything with PAYMENT_UNAVAILABLE.
 * Every call either succeeds or throws a {@code DomainException} (PAYMENT_PROVIDER_FAILED), so a
 * failed call changes nothing on our side.
 */
public interface PaymentGateway {

    boolean available();

    /** Creates the payment page for one hold; the same {@code order} again returns the same page. */
    Checkout createCheckout(CheckoutOrder order);

    /** Closes a payment page so that it can no longer be paid. */
    void expireCheckout(String checkoutId);

    /** Refunds {@code amount} of a payment; the same {@code idempotencyKey} never refunds twice. */
    String refund(String paymentReference, long amount, String idempotencyKey);

    /** One hold's payment page as ordered from the provider. */
    record CheckoutOrder(UUID reservationId, String activityName, String providerPriceId, long unitAmount, String currency,
            int quantity, String email, String successUrl, String cancelUrl, Instant expiresAt) {
    }

    record Checkout(String id, String url) {
    }

    static PaymentGateway unavailable() {
        return new PaymentGateway() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public Checkout createCheckout(CheckoutOrder order) {
                throw Payments.unavailable();
            }

            @Override
            public void expireCheckout(String checkoutId) {
                throw Payments.unavailable();
            }

            @Override
            public String refund(String paymentReference, long amount, String idempotencyKey) {
                throw Payments.unavailable();
            }
        };
    }
}
