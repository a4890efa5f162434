package io.slotwise.server.events;

import io.slotwise.common.api.VenueEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This instance's side of the real-time streams: receives committed signals (from this instance
 * or, through the transport, from others), turns session changes into {@code session.updated}
 * with the state read when sent (a burst of holds becomes one event per flush), numbers events,
 * keeps a bounded replay window per venue, and hands each event to the venue's subscribers.
 *
 * <p>Event ids are {@code <instance>-<sequence>}: a client that reconnects to the same instance
 * within the window gets what it missed; any other id gets {@code resync}.
 */
@Component
class EventHub {

    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

    static final int WINDOW = 1000;

    private final String instance = Long.toString(System.nanoTime() & 0xffffff, 36)
            + Integer.toString((int) (Math.random() * 1296), 36);
    private final AtomicLong sequence = new AtomicLong();
    private final Set<UUID> changedSessions = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Window> windows = new ConcurrentHashMap<>();
    private final Map<UUID, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    /** Asked when sending, not when built: the session module itself publishes through the streams. */
    private final ObjectProvider<SessionStates> sessionStates;
    private final ObjectProvider<ChangedVenues> changedVenues;
    private volatile List<ChangedVenues> listeners;

    EventHub(ObjectProvider<SessionStates> sessionStates, ObjectProvider<ChangedVenues> changedVenues) {
        this.sessionStates = sessionStates;
        this.changedVenues = changedVenues;
    }

    /** A venue's recent events, and the newest sequence number that fell out of it. */
    private static final class Window {
        final Deque<Numbered> events = new ArrayDeque<>();
        long evictedUpTo;
    }

    /** An event with its id, and whether only staff may see it. */
    record Numbered(String id, long sequence, VenueEvent event, boolean staffOnly) {
    }

    void receive(List<Signal> signals) {
        Set<UUID> venues = new LinkedHashSet<>();
        for (Signal signal : signals) {
            if (!signal.isSessionChange()) {
                venues.add(signal.venueId());
            }
        }
        // Before any of these events goes out (session changes: when their state is read, in the flush).
        tellChanged(venues);
        for (Signal signal : signals) {
            if (signal.isSessionChange()) {
                changedSessions.add(signal.sessionId());
            } else if (!signal.isVenueChange()) {
                broadcast(signal.venueId(), signal.event(), signal.staffOnly());
            }
        }
    }

    private void tellChanged(Set<UUID> venues) {
        venues.remove(null);
        if (!venues.isEmpty()) {
            listeners().forEach(c -> c.changed(venues));
        }
    }

    /** Looked up once, on first use (the relay delivers every notification through here). */
    private List<ChangedVenues> listeners() {
        List<ChangedVenues> found = listeners;
        if (found == null) {
            found = changedVenues.orderedStream().toList();
            listeners = found;
        }
        return found;
    }

    /** The sequence number of the newest event numbered here. */
    long lastSequence() {
        return sequence.get();
    }

    /** Sends the current state of every session that changed since the last flush. */
    @Scheduled(fixedDelayString = "${slotwise.events.flush-interval:PT0.1S}")
    void flushSessionChanges() {
        if (changedSessions.isEmpty()) {
            return;
        }
        Set<UUID> batch = new LinkedHashSet<>(changedSessions);
        changedSessions.removeAll(batch);
        List<UUID> ids = new ArrayList<>(batch);
        for (int from = 0; from < ids.size(); from += 500) {
            List<SessionStates.State> states;
            try {
                states = sessionStates.getObject().current(ids.subList(from, Math.min(ids.size(), from + 500)));
            } catch (RuntimeException databaseBusyOrDown) {
                // Not lost: cached answers of these sessions' venues must still go, and subscribers hear of them next time.
                changedSessions.addAll(ids.subList(from, ids.size()));
                LOG.warn("Could not read the state of {} changed sessions; trying again at the next flush", ids.size() - from,
                        databaseBusyOrDown);
                return;
            }
            // Read after the changes committed; cached answers older than that go before the events do.
            tellChanged(states.stream().map(SessionStates.State::venueId).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            for (SessionStates.State state : states) {
                broadcast(state.venueId(), new VenueEvent.SessionUpdated(state.sessionId(), state.activityId(),
                        state.capacityRemaining(), state.status()), false);
            }
        }
    }

    /** The relay to other instances lost its connection ({@code false}) or has it again. */
    void hearing(boolean hearing) {
        listeners().forEach(c -> c.hearing(hearing));
        if (hearing) {
            resyncAll();
        }
    }

    /** Tells every subscriber to re-fetch (events may have been lost, e.g. the relay reconnected). */
    void resyncAll() {
        subscribers.keySet().forEach(venue -> broadcast(venue, new VenueEvent.Resync(), false));
    }

    private void broadcast(UUID venueId, VenueEvent event, boolean staffOnly) {
        long seq = sequence.incrementAndGet();
        Numbered numbered = new Numbered(instance + "-" + seq, seq, event, staffOnly);
        Window window = windows.computeIfAbsent(venueId, v -> new Window());
        synchronized (window) {
            window.events.addLast(numbered);
            while (window.events.size() > WINDOW) {
                window.evictedUpTo = window.events.removeFirst().sequence();
            }
            // Offered under the window's lock, so a subscriber registering meanwhile sees each event once.
            for (Subscriber s : subscribers.getOrDefault(venueId, List.of())) {
                if (s.staff() || !staffOnly) {
                    s.offer(numbered);
                }
            }
        }
    }

    /**
     * Registers a subscriber and replays what it missed since {@code lastEventId}: the events
     * still in the window, or {@code resync} when the id is unknown, from another instance or
     * older than the window.
     */
    void subscribe(UUID venueId, Subscriber subscriber, String lastEventId) {
        List<Subscriber> list = subscribers.computeIfAbsent(venueId, v -> new CopyOnWriteArrayList<>());
        Window window = windows.computeIfAbsent(venueId, v -> new Window());
        synchronized (window) {
            // Registering under the window's lock: no event falls between the replay and the live stream.
            if (lastEventId != null && !lastEventId.isBlank()) {
                replay(window, subscriber, lastEventId);
            }
            list.add(subscriber);
        }
    }

    private void replay(Window window, Subscriber subscriber, String lastEventId) {
        long last = sequenceOf(lastEventId);
        boolean nothingLost = last >= 0 && last <= sequence.get() && last >= window.evictedUpTo;
        if (!nothingLost) {
            subscriber.replay(List.of(new Numbered(instance + "-" + sequence.get(), sequence.get(), new VenueEvent.Resync(), false)));
            return;
        }
        // The whole window may be due: handed over as one backlog, not through the bounded live queue.
        List<Numbered> missed = new ArrayList<>();
        for (Numbered n : window.events) {
            if (n.sequence() > last && (subscriber.staff() || !n.staffOnly())) {
                missed.add(n);
            }
        }
        subscriber.replay(missed);
    }

    /** The sequence number of an id of this instance, or -1. */
    private long sequenceOf(String id) {
        String prefix = instance + "-";
        if (!id.startsWith(prefix)) {
            return -1;
        }
        try {
            return Long.parseLong(id.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void unsubscribe(UUID venueId, Subscriber subscriber) {
        List<Subscriber> list = subscribers.get(venueId);
        if (list != null) {
            list.remove(subscriber);
        }
    }

    List<Subscriber> all() {
        return subscribers.values().stream().flatMap(List::stream).toList();
    }
}
