package io.slotwise.kiosk.flow;

import io.slotwise.common.api.PaymentMethod;
import io.slotwise.kiosk.payment.PaymentTerminal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** A card terminal for tests: approves at once, on the calling thread, and counts its charges. */
public final class InstantCardTerminal implements PaymentTerminal {

    private final AtomicInteger charges = new AtomicInteger();

    public int charges() {
        return charges.get();
    }

    @Override
    public String label() {
        return "Pay by card";
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.CARD;
    }

    @Override
    public CompletionStage<PaymentResult> charge(long amount, String currency, String reference) {
        charges.incrementAndGet();
        return CompletableFuture.completedFuture(PaymentResult.approved("TEST-" + reference));
    }
}
