package io.slotwise.server.payment;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.CheckoutStatus;
import io.slotwise.common.api.GiftCardPurchase;
import io.slotwise.common.api.GiftCardPurchaseRequest;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.system.SlotwiseProperties;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Online payment: the payment page of a hold, Stripe's notices, and refunds by the desk. */
@RestController
@RequestMapping("/api/v1")
class PaymentController {

    private final CheckoutService checkouts;
    private final StripeWebhooks webhooks;
    private final PaymentRefunds refunds;
    private final String publicUrl;
    private final GiftCardSales giftCardSales;

    PaymentController(CheckoutService checkouts, StripeWebhooks webhooks, PaymentRefunds refunds, SlotwiseProperties properties,
            GiftCardSales giftCardSales) {
        this.giftCardSales = giftCardSales;
        this.checkouts = checkouts;
        this.webhooks = webhooks;
        this.refunds = refunds;
        this.publicUrl = properties.payments().publicUrl();
    }

    /** A gift card bought online: its payment page. */
    @PostMapping("/public/venues/{embedKey}/gift-cards")
    @ResponseStatus(HttpStatus.CREATED)
    CheckoutStart buyGiftCard(@PathVariable String embedKey, @RequestBody(required = false) GiftCardPurchaseRequest request) {
        return giftCardSales.start(embedKey, request, returnBase());
    }

    /** The gift card bought through a payment page, as the buyer's return page reads it. */
    @GetMapping("/public/gift-card-checkouts/{checkoutId}")
    GiftCardPurchase giftCardPurchase(@PathVariable String checkoutId) {
        return giftCardSales.status(checkoutId);
    }

    @PostMapping("/public/reservations/{holdId}/checkout")
    CheckoutStart checkout(@PathVariable UUID holdId, @RequestHeader(name = "X-Hold-Token", required = false) String holdToken) {
        return checkouts.start(holdId, holdToken, returnBase());
    }

    /** Where the payment provider sends the customer back to: as configured, else as this request came in. */
    private String returnBase() {
        return publicUrl != null && !publicUrl.isBlank() ? publicUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    @GetMapping("/public/checkouts/{checkoutId}")
    CheckoutStatus status(@PathVariable String checkoutId) {
        return checkouts.status(checkoutId);
    }

    /** Stripe's notices; the raw body is needed as sent, for its signature. */
    @PostMapping("/payments/stripe/webhook")
    @ResponseStatus(HttpStatus.OK)
    void webhook(@RequestBody(required = false) String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        webhooks.receive(payload, signature);
    }

    @Guarded(Role.STAFF)
    @PostMapping("/bookings/{bookingId}/refund")
    Booking refund(@PathVariable UUID bookingId) {
        return refunds.refund(bookingId);
    }
}
