package io.slotwise.server.payment;

import io.slotwise.server.reservation.PaymentPages;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the holds which of them have a payment page open at Stripe. */
@Component
class OpenPaymentPages implements PaymentPages {

    private final CheckoutStore store;

    OpenPaymentPages(CheckoutStore store) {
        this.store = store;
    }

    @Override
    public boolean openFor(UUID holdId) {
        return store.openFor(holdId).isPresent();
    }
}
