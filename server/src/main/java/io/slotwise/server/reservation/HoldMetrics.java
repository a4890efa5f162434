package io.slotwise.server.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.common.api.ErrorCode;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds by outcome ({@code slotwise_holds_total{outcome}}: {@code held}, the refusal's error code
 * in lower case such as {@code insufficient_capacity}, or {@code error} for a failure of the
 * server) and bookings by channel ({@code slotwise_bookings_total{channel}}: {@code web} for a
 * customer confirming a pay-at-venue hold, {@code online} for a payment, {@code desk},
 * {@code kiosk}), counted once their transaction commits.
 */
@Component
class HoldMetrics {

    enum Channel {
        WEB, ONLINE, DESK, KIOSK
    }

    private final MeterRegistry meters;

    HoldMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (Channel channel : Channel.values()) {
            bookings(channel);
        }
        holds("held");
        holds("error");
    }

    void held() {
        holds("held").increment();
    }

    void refused(ErrorCode code) {
        holds(code.name().toLowerCase(Locale.ROOT)).increment();
    }

    void failed() {
        holds("error").increment();
    }

    /** Counts a booking when the current transaction commits (at once outside one). */
    void booked(Channel channel) {
        Counter counter = bookings(channel);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }

    private Counter holds(String outcome) {
        return Counter.builder("slotwise.holds").description("Hold requests by outcome").tag("outcome", outcome).register(meters);
    }

    private Counter bookings(Channel channel) {
        return Counter.builder("slotwise.bookings").description("Bookings confirmed, by channel")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT)).register(meters);
    }
}
