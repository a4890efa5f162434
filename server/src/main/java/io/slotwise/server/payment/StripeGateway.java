package io.slotwise.server.payment;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.util.Locale;

/**
 * The payment provider: Stripe Checkout and refunds through stripe-java. Creating a page and
 * refunding carry idempotency keys derived from our ids, so a call retried after a lost answer
 * returns the first result instead of charging or refunding twice.
 */
final class StripeGateway implements PaymentGateway {

    private final StripeClient stripe;

    StripeGateway(String secretKey, String apiBase) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(secretKey).setMaxNetworkRetries(2);
        if (apiBase != null && !apiBase.isBlank()) {
            builder.setApiBase(apiBase.replaceAll("/+$", ""));
        }
        this.stripe = builder.build();
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Checkout createCheckout(CheckoutOrder order) {
        SessionCreateParams.LineItem.Builder item = SessionCreateParams.LineItem.builder().setQuantity((long) order.quantity());
        if (order.providerPriceId() != null) {
            item.setPrice(order.providerPriceId());
        } else {
            item.setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                    .setCurrency(order.currency().toLowerCase(Locale.ROOT))
                    .setUnitAmount(order.unitAmount())
                    .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName(order.activityName()).build())
                    .build());
        }
        // The hold's (or gift card's) id travels with the page and its payment: the notices name it.
        boolean giftCard = order.giftCardId() != null;
        String reference = giftCard ? order.giftCardId().toString() : order.reservationId().toString();
        String metadataKey = giftCard ? "gift_card_id" : "reservation_id";
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .addLineItem(item.build())
                .setCustomerEmail(order.email())
                .setClientReferenceId(giftCard ? "gift-card-" + reference : reference)
                .putMetadata(metadataKey, reference)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().putMetadata(metadataKey, reference).build())
                .setSuccessUrl(order.successUrl())
                .setCancelUrl(order.cancelUrl())
                .setExpiresAt(order.expiresAt().getEpochSecond())
                .build();
        try {
            Session session = stripe.v1().checkout().sessions().create(params,
                    // A hold's page for another amount (a gift card applied since) is another page.
                    key(giftCard ? "checkout-gift-card-" + reference : "checkout-" + reference + "-" + order.unitAmount() * order.quantity()));
            return new Checkout(session.getId(), session.getUrl());
        } catch (StripeException e) {
            throw Payments.providerFailed("open the payment page");
        }
    }

    @Override
    public void expireCheckout(String checkoutId) {
        try {
            stripe.v1().checkout().sessions().expire(checkoutId);
        } catch (StripeException e) {
            throw Payments.providerFailed("close the payment page");
        }
    }

    @Override
    public String refund(String paymentReference, long amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(paymentReference).setAmount(amount).build();
        try {
            return stripe.v1().refunds().create(params, key(idempotencyKey)).getId();
        } catch (StripeException e) {
            throw Payments.providerFailed("refund the payment");
        }
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }
}
