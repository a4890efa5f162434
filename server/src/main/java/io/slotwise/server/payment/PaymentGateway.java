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

    /**
     * One payment page as ordered from the provider: for a hold ({@code reservationId}) or for a
     * gift card bought online ({@code giftCardId}); {@code activityName} names the one line.
     */
    record CheckoutOrder(UUID reservationId, String activityName, String providerPriceId, long unitAmount, String currency,
            int quantity, String email, String successUrl, String cancelUrl, Instant expiresAt, UUID giftCardId) {

        /** A hold's payment page. */
        CheckoutOrder(UUID reservationId, String activityName, String providerPriceId, long unitAmount, String currency,
                int quantity, String email, String successUrl, String cancelUrl, Instant expiresAt) {
            this(reservationId, activityName, providerPriceId, unitAmount, currency, quantity, email, successUrl, cancelUrl, expiresAt,
                    null);
        }

        /** A gift card's payment page: one line of its amount. */
        static CheckoutOrder giftCard(UUID giftCardId, String name, long amount, String currency, String email, String successUrl,
                String cancelUrl, Instant expiresAt) {
            return new CheckoutOrder(null, name, null, amount, currency, 1, email, successUrl, cancelUrl, expiresAt, giftCardId);
        }
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
