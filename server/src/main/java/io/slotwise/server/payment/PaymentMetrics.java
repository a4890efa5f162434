package io.slotwise.server.payment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Payments that went wrong, {@code slotwise_payment_failures_total{reason}}: the payment page
 * could not be made ({@code checkout_failed}), the amount paid was not the hold's
 * ({@code amount_mismatch}), the money came after the places were gone ({@code paid_too_late}),
 * or a notice claiming to be from Stripe failed its signature ({@code bad_signature}).
 */
@Component
class PaymentMetrics {

    enum Failure {
        CHECKOUT_FAILED, AMOUNT_MISMATCH, PAID_TOO_LATE, BAD_SIGNATURE
    }

    private final MeterRegistry meters;

    PaymentMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (Failure failure : Failure.values()) {
            counter(failure);
        }
    }

    void failed(Failure failure) {
        counter(failure).increment();
    }

    private Counter counter(Failure failure) {
        return Counter.builder("slotwise.payment.failures").description("Payments that went wrong, by reason")
                .tag("reason", failure.name().toLowerCase(Locale.ROOT)).register(meters);
    }
}
