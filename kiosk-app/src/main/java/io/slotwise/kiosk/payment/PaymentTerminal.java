package io.slotwise.kiosk.payment;

import io.slotwise.common.api.PaymentMethod;
import java.util.concurrent.CompletionStage;

/**
 * A way to pay at the kiosk. A real card terminal, the simulated one of the demo, and "pay at
 * the front desk" all sit behind this, so the flow does not care which is plugged in.
 */
public interface PaymentTerminal {

    /** What the customer sees on the button, e.g. "Pay by card". */
    String label();

    /** The method recorded on the booking when this terminal's payment succeeds. */
    PaymentMethod method();

    /** Takes the payment; completes with the outcome, never exceptionally. */
    CompletionStage<PaymentResult> charge(long amount, String currency, String reference);

    /** The outcome of one charge; an approved one carries the terminal's reference of the payment. */
    record PaymentResult(boolean approved, String message, String reference) {

        public static PaymentResult approved(String reference) {
            return new PaymentResult(true, "Approved", reference);
        }

        public static PaymentResult declined(String why) {
            return new PaymentResult(false, why, null);
        }
    }
}
