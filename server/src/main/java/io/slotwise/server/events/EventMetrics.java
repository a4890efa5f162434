package io.slotwise.server.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code slotwise_event_subscribers} (open event streams on this instance) and
 * {@code slotwise_event_relay_up} (1 while changes from other instances reach this one).
 */
@Component
class EventMetrics {

    EventMetrics(MeterRegistry meters, EventHub hub, SignalTransport transport) {
        Gauge.builder("slotwise.event.subscribers", hub, h -> h.all().size())
                .description("Open event streams on this instance").register(meters);
        Gauge.builder("slotwise.event.relay.up", transport, t -> t.connected() ? 1 : 0)
                .description("1 while changes committed through other instances reach this one").register(meters);
    }
}
