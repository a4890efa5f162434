package io.slotwise.server.events;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: whether this instance hears the changes other instances commit (its {@code LISTEN}
 * connection to PostgreSQL is up). Without it, its subscribers and its cached public answers
 * would fall behind, so a load balancer should send customers elsewhere until it reconnects.
 */
@Component
class EventRelayHealthIndicator implements HealthIndicator {

    private final SignalTransport transport;

    EventRelayHealthIndicator(SignalTransport transport) {
        this.transport = transport;
    }

    @Override
    public Health health() {
        return transport.connected() ? Health.up().build() : Health.down().build();
    }
}
