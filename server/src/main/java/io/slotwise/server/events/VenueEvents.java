package io.slotwise.server.events;

import io.slotwise.common.api.VenueEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.slotwise.server.venue.VenueChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where features announce changes for the real-time streams. Called inside the transaction that
 * makes the change: the announcements of one transaction travel together, and only if it
 * commits (a rolled-back change announces nothing). Outside a transaction they go at once.
 */
@Service
public class VenueEvents {

    private final SignalTransport transport;

    VenueEvents(SignalTransport transport) {
        this.transport = transport;
    }

    /** Seats or status of the session changed; subscribers get its state as it is when sent. */
    public void sessionChanged(UUID sessionId) {
        add(Signal.sessionChanged(sessionId));
    }

    /** Something the public reads of the venue changed (name, zone, embed key): no event, cached answers go. */
    public void venueChanged(UUID venueId) {
        add(Signal.venueChanged(venueId));
    }

    /** Synchronous, in the venue's transaction: the signal travels only if the change commits. */
    @EventListener
    void on(VenueChanged change) {
        venueChanged(change.venueId());
    }

    public void activityChanged(UUID venueId, UUID activityId) {
        add(new Signal(venueId, null, new VenueEvent.ActivityUpdated(activityId), false));
    }

    /** For the staff stream. */
    public void holdChanged(UUID venueId, VenueEvent.HoldChanged event) {
        add(new Signal(venueId, event.sessionId(), event, true));
    }

    /** For the staff stream. */
    public void bookingChanged(UUID venueId, VenueEvent.BookingChanged event) {
        add(new Signal(venueId, event.sessionId(), event, true));
    }

    private void add(Signal signal) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            transport.send(List.of(signal));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.KEY);
        if (pending == null) {
            pending = new Pending(transport);
            TransactionSynchronizationManager.bindResource(Pending.KEY, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.signals.add(signal);
    }

    /** The signals of one transaction, handed to the transport as it commits. */
    private static final class Pending implements TransactionSynchronization {

        static final Object KEY = Pending.class;

        final List<Signal> signals = new ArrayList<>();
        private final SignalTransport transport;

        Pending(SignalTransport transport) {
            this.transport = transport;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // Still inside the transaction: a NOTIFY sent now is delivered only if it commits.
            transport.beforeCommit(signals);
        }

        @Override
        public void afterCommit() {
            transport.afterCommit(signals);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
