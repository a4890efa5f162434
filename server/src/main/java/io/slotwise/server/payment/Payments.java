package io.slotwise.server.payment;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.web.DomainException;

/** The payment feature's refusals, worded for the customer or the desk. */
final class Payments {

    private Payments() {
    }

    static DomainException unavailable() {
        return new DomainException(ErrorCode.PAYMENT_UNAVAILABLE,
                "Online payment is not available here; please pay at the venue or ask the front desk");
    }

    static DomainException providerFailed(String what) {
        return new DomainException(ErrorCode.PAYMENT_PROVIDER_FAILED,
                "The payment provider could not " + what + "; nothing was changed, please try again");
    }
}
