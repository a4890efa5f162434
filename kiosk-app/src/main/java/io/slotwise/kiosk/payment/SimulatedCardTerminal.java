package io.slotwise.kiosk.payment;

import io.slotwise.common.api.PaymentMethod;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The card terminal of the demo: approves every charge after a short pause, as a real terminal
 * would after the card is tapped, except amounts ending in 13 minor units, which it declines
 * so that a declined payment can be tried.
 */
public final class SimulatedCardTerminal implements PaymentTerminal {

    private final Duration pause;

    public SimulatedCardTerminal(Duration pause) {
        this.pause = pause;
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
        Executor later = CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> amount % 100 == 13
                ? PaymentResult.declined("The card was declined")
                : PaymentResult.approved("SIM-" + reference), later);
    }
}
