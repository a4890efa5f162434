package io.slotwise.server.payment;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.CheckoutStatus;
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

    PaymentController(CheckoutService checkouts, StripeWebhooks webhooks, PaymentRefunds refunds, SlotwiseProperties properties) {
        this.checkouts = checkouts;
        this.webhooks = webhooks;
        this.refunds = refunds;
        this.publicUrl = properties.payments().publicUrl();
    }

    @PostMapping("/public/reservations/{holdId}/checkout")
    CheckoutStart checkout(@PathVariable UUID holdId, @RequestHeader(name = "X-Hold-Token", required = false) String holdToken) {
        String base = publicUrl != null && !publicUrl.isBlank() ? publicUrl
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return checkouts.start(holdId, holdToken, base);
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
