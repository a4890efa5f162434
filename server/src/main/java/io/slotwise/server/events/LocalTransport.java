package io.slotwise.server.events;

import java.util.List;

/** One server instance: committed signals go straight to this instance's hub. */
final class LocalTransport implements SignalTransport {

    private final EventHub hub;

    LocalTransport(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void beforeCommit(List<Signal> signals) {
        // Nothing to do before the commit: delivery waits for it.
    }

    @Override
    public void afterCommit(List<Signal> signals) {
        hub.receive(signals);
    }

    @Override
    public void send(List<Signal> signals) {
        hub.receive(signals);
    }
}
