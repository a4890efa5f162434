package io.slotwise.admin.core;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.client.ConnectionState;
import io.slotwise.common.fx.Problem;
import io.slotwise.common.client.EventSubscription;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.fx.Async;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One logged-in member: the client carrying their token, the organization and venue they are
 * working on (switchable), whether they own that organization, and the venue's live staff events,
 * handed to every listening view on the UI thread. Switching venue switches the stream.
 *
 * <p>Time: every page reads "now" and "today" here, from the app's clock aligned with the server's
 * and the venue's zone, never from this computer's clock or zone (a desk may sit in another zone
 * than its venue, or its clock may be off).
 */
public final class AdminSession implements AutoCloseable {

    private final SlotwiseClient client;
    private final LoginResponse login;
    private final Async async;
    private final Clock clock;
    private final ObservableList<LoginResponse.Membership> organizations;
    private final ObjectProperty<LoginResponse.Membership> organization = new SimpleObjectProperty<>();
    private final ObservableList<VenueDetails> venues = FXCollections.observableArrayList();
    private final ObjectProperty<VenueDetails> venue = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper live = new ReadOnlyStringWrapper("");
    private ConnectionState lastState;
    private final BooleanBinding owner;
    private final List<Consumer<VenueEvent>> listeners = new CopyOnWriteArrayList<>();
    private EventSubscription events;
    private UUID currentStreamVenue;
    private UUID preferredVenue;

    /** {@code clock}: this computer's clock, which the session corrects by the server's. */
    public AdminSession(SlotwiseClient client, LoginResponse login, Async async, Clock clock, UUID preferredVenue) {
        this.client = client;
        this.login = login;
        this.async = async;
        this.clock = client.clockFollowingServer(clock);
        this.preferredVenue = preferredVenue;
        this.organizations = FXCollections.observableArrayList(login.memberships());
        this.owner = Bindings.createBooleanBinding(
                () -> organization.get() != null && "OWNER".equals(organization.get().role()), organization);
        organization.addListener((o, was, now) -> loadVenues());
        venue.addListener((o, was, now) -> follow(now));
        if (!organizations.isEmpty()) {
            organization.set(organizations.get(0));
        }
    }

    public SlotwiseClient client() {
        return client;
    }

    public Async async() {
        return async;
    }

    /** The server's clock, as well as this computer can tell it. */
    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The zone of the venue on screen; UTC while there is none (nothing is on show then). */
    public ZoneId zone() {
        return zoneOf(venue.get());
    }

    /** Today at the venue on screen, wherever this computer is. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    static ZoneId zoneOf(VenueDetails venue) {
        if (venue == null || venue.timezone() == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(venue.timezone());
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC; // the server checks zones; an older server's odd one still shows
        }
    }

    public LoginResponse.User user() {
        return login.user();
    }

    public ObservableList<LoginResponse.Membership> organizations() {
        return organizations;
    }

    public ObjectProperty<LoginResponse.Membership> organizationProperty() {
        return organization;
    }

    public ObservableList<VenueDetails> venues() {
        return venues;
    }

    public ObjectProperty<VenueDetails> venueProperty() {
        return venue;
    }

    public VenueDetails venue() {
        return venue.get();
    }

    /** Whether the member owns the organization on screen: owner settings and activity editing. */
    public BooleanBinding ownerProperty() {
        return owner;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the venue's live updates are flowing, in words for the top bar. */
    public ReadOnlyStringProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /**
     * The stream's state in the top bar. Back after an interruption, the server is reachable
     * again: a "can't reach" problem goes, and every page reads afresh what it shows.
     */
    private void connection(ConnectionState state) {
        boolean wasCut = lastState == ConnectionState.RECONNECTING;
        lastState = state;
        live.set(describe(state));
        if (state == ConnectionState.LIVE && wasCut) {
            if (Problem.UNREACHABLE.equals(problem.get())) {
                loadVenues();
            }
            listeners.forEach(l -> l.accept(new VenueEvent.Resync()));
        }
    }

    private static String describe(ConnectionState state) {
        return switch (state) {
            case CONNECTING -> text("core.live.connecting");
            case LIVE -> text("core.live.live");
            case RECONNECTING -> text("core.live.reconnecting");
            case FAILED -> text("core.live.failed");
            case CLOSED -> "";
        };
    }

    /** Receives every staff event of the venue on screen, on the UI thread. */
    public void onEvent(Consumer<VenueEvent> listener) {
        listeners.add(listener);
    }

    /** Re-reads the organization's venues (after one was renamed, say), keeping the one on screen. */
    public void reloadVenues() {
        if (venue.get() != null) {
            preferredVenue = venue.get().id();
        }
        loadVenues();
    }

    private void loadVenues() {
        LoginResponse.Membership chosen = organization.get();
        if (chosen == null) {
            return;
        }
        async.run(() -> client.staff().venues(chosen.organizationId()), list -> {
            venues.setAll(list);
            VenueDetails keep = list.stream().filter(v -> v.id().equals(preferredVenue)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            venue.set(keep); // the same venue again keeps its stream (see follow)
            problem.set(list.isEmpty() ? text("core.noVenue") : "");
        }, p -> problem.set(p.message()));
    }

    private void follow(VenueDetails now) {
        if (now != null && events != null && Objects.equals(now.id(), currentStreamVenue)) {
            return;
        }
        if (events != null) {
            events.close();
            events = null;
        }
        currentStreamVenue = now == null ? null : now.id();
        if (now != null) {
            events = client.events().subscribeStaff(now.id(), event -> async.onUi(() -> listeners.forEach(l -> l.accept(event))),
                    state -> async.onUi(() -> connection(state)));
        }
    }

    @Override
    public void close() {
        if (events != null) {
            events.close();
        }
        try {
            client.staff().logout();
        } catch (RuntimeException ignored) {
            // Logging out of a server that is gone: the token expires by itself.
        }
        client.close();
    }
}
