package io.slotwise.common.client;

import static io.slotwise.common.client.Transport.id;

import io.slotwise.common.api.VenueEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.sse.EventSource;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The venue's live event streams, public and staff, each a reconnecting {@link EventSubscription};
 * remembers them so that closing the client ends them all.
 */
public final class EventStreams {

    private final Set<EventSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final EventSource.Factory eventSources;
    private final VenueEventParser eventParser;
    private final Backoff reconnectBackoff;
    private final Transport http;

    EventStreams(Transport http, EventSource.Factory eventSources, Backoff reconnectBackoff) {
        this.http = http;
        this.eventSources = eventSources;
        this.eventParser = new VenueEventParser(http.json());
        this.reconnectBackoff = reconnectBackoff;
    }

    /**
     * Follows the public event stream of a venue (session and activity changes).
     *
     * @param listener receives each event, on a background thread
     */
    public EventSubscription subscribeVenue(String embedKey, Consumer<VenueEvent> listener) {
        return subscribeVenue(embedKey, listener, null);
    }

    /**
     * Follows the public event stream of a venue and reports the connection's state.
     *
     * @param listener receives each event, on a background thread
     * @param stateListener receives each change of {@link ConnectionState}, or null
     */
    public EventSubscription subscribeVenue(String embedKey, Consumer<VenueEvent> listener,
            Consumer<ConnectionState> stateListener) {
        HttpUrl url = http.url("public", "venues", embedKey, "events");
        return subscribe(url, false, listener, stateListener);
    }

    /**
     * Follows the staff event stream of a venue, which also carries hold and booking changes; uses
     * the bearer token current at each (re)connect.
     *
     * @param listener receives each event, on a background thread
     */
    public EventSubscription subscribeStaff(UUID venueId, Consumer<VenueEvent> listener) {
        return subscribeStaff(venueId, listener, null);
    }

    /**
     * Follows the staff event stream of a venue and reports the connection's state.
     *
     * @param listener receives each event, on a background thread
     * @param stateListener receives each change of {@link ConnectionState}, or null
     */
    public EventSubscription subscribeStaff(UUID venueId, Consumer<VenueEvent> listener,
            Consumer<ConnectionState> stateListener) {
        return subscribe(http.url("venues", id(venueId), "events"), true, listener, stateListener);
    }

    private EventSubscription subscribe(HttpUrl url, boolean staff, Consumer<VenueEvent> listener,
            Consumer<ConnectionState> stateListener) {
        EventSubscription[] self = new EventSubscription[1];
        EventSubscription subscription = new EventSubscription(eventSources,
                () -> http.authorize(new Request.Builder().url(url).get(), staff),
                response -> HttpErrors.fromResponse(http.json(), response.request(), response),
                eventParser, listener, stateListener, reconnectBackoff,
                () -> subscriptions.remove(self[0]));
        self[0] = subscription;
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /** Ends every subscription still open. */
    void closeAll() {
        for (EventSubscription subscription : List.copyOf(subscriptions)) {
            subscription.close();
        }
    }
}
