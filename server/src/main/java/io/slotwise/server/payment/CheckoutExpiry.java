package io.slotwise.server.payment;

import io.slotwise.server.reservation.HoldEnded;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A hold ended (released or swept) while its payment page may still be open: Stripe keeps pages
 * open at least 30 minutes, longer than a hold, so the page is closed through Stripe's expire
 * call. Done after the commit and off the caller's thread, so a slow provider never delays a
 * release. A payment that slips in before the page closes is a late payment, handled as such.
 */
@Component
class CheckoutExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(CheckoutExpiry.class);

    private final CheckoutStore store;
    private final PaymentGateway gateway;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "checkout-expiry");
        t.setDaemon(true);
        return t;
    });

    CheckoutExpiry(CheckoutStore store, PaymentGateway gateway) {
        this.store = store;
        this.gateway = gateway;
    }

    /**
     * Closes the hold's open payment pages once its end is committed. Deliberately not a
     * transactional event listener: those are recorded in the event publication registry, a write
     * on every hold's end for a best-effort call that Stripe makes good by itself (it closes the
     * page later, and a payment meanwhile is settled as a late one).
     */
    @EventListener
    void holdEnded(HoldEnded ended) {
        if (!gateway.available()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            closePagesOf(ended);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                closePagesOf(ended);
            }
        });
    }

    private void closePagesOf(HoldEnded ended) {
        for (String page : store.openIdsFor(ended.holdId())) {
            close(page, ended.holdId());
        }
    }

    /** Closes a payment page at Stripe, in the background. */
    void close(String page, java.util.UUID holdId) {
        worker.execute(() -> {
            try {
                gateway.expireCheckout(page);
                store.mark(page, "EXPIRED");
            } catch (RuntimeException e) {
                // Stripe closes it by itself later; a payment meanwhile is settled as a late one.
                LOG.warn("Could not close payment page {} of ended hold {}: {}", page, holdId, e.getMessage());
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdown();
    }
}
