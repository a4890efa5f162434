package io.slotwise.common.client;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.AuditEntry;
import io.slotwise.common.api.Availability;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.CheckoutStatus;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.DeskHold;
import io.slotwise.common.api.GenerateSessionsRequest;
import io.slotwise.common.api.GenerationResult;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.IssuedKioskDevice;
import io.slotwise.common.api.KioskDevice;
import io.slotwise.common.api.KioskDeviceRequest;
import io.slotwise.common.api.LoginRequest;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.api.Member;
import io.slotwise.common.api.Invitation;
import io.slotwise.common.api.InvitationAcceptance;
import io.slotwise.common.api.InvitationRequest;
import io.slotwise.common.api.PasswordChange;
import io.slotwise.common.api.PayAtDeskRequest;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.PublicVenue;
import io.slotwise.common.api.ReleasedHolds;
import io.slotwise.common.api.RoleChange;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.SchedulePreview;
import io.slotwise.common.api.SchedulePreviewRequest;
import io.slotwise.common.api.SessionChange;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.common.api.WeeklyTrend;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSources;
import okio.BufferedSink;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Slotwise HTTP API as typed Java methods, for the public booking flow, staff and kiosks.
 *
 * <p>Every method blocks until the answer is read and either returns the typed result or throws
 * {@link SlotwiseApiException}; no {@link IOException} escapes. Public endpoints are called
 * without credentials. Staff endpoints send the bearer token that {@link #login} remembered, or
 * the one given to the {@linkplain Builder#bearerToken builder} (a kiosk passes its device token
 * there). Instances are thread-safe and meant to be shared; {@link #close()} releases what the
 * client created itself.
 *
 * <pre>{@code
 * try (SlotwiseClient client = SlotwiseClient.builder("https://book.example.com").build()) {
 *     PublicVenue venue = client.venue("k3y");
 * }
 * }</pre>
 */
public final class SlotwiseClient implements AutoCloseable {

    /** Retrying a hold more often would keep a customer waiting longer than a clear error does. */
    static final int HOLD_ATTEMPTS = 3;

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String ACCEPT = "application/json, application/problem+json";

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final EventSource.Factory eventSources;
    private final JsonMapper json;
    private final VenueEventParser eventParser;
    private final Backoff holdRetryBackoff;
    private final Backoff reconnectBackoff;
    private final Set<EventSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ServerClock serverClock = new ServerClock();
    private volatile String bearerToken;

    private SlotwiseClient(Builder builder) {
        this.baseUrl = builder.baseUrl;
        this.ownsHttp = builder.okHttpClient == null;
        // newBuilder() keeps a shared client's connection pool and threads, only the timeouts differ.
        OkHttpClient base = ownsHttp ? new OkHttpClient() : builder.okHttpClient;
        this.http = base.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.readTimeout)
                .callTimeout(builder.readTimeout)
                .addInterceptor(serverClock)
                .build();
        // An event stream is quiet between events; only the server's heartbeats keep reads alive,
        // so the stream gets its own read timeout and no limit on the whole call.
        OkHttpClient streams = http.newBuilder()
                .readTimeout(builder.eventReadTimeout)
                .callTimeout(Duration.ZERO)
                .build();
        this.eventSources = EventSources.createFactory(streams);
        this.json = SlotwiseJson.newMapper();
        this.eventParser = new VenueEventParser(json);
        this.holdRetryBackoff = builder.holdRetryBackoff;
        this.reconnectBackoff = builder.reconnectBackoff;
        this.bearerToken = builder.bearerToken;
    }

    /**
     * How far the server's clock is ahead of this machine's (negative when behind), as learned
     * from the answers so far; empty before the first answer. Countdowns to a server instant,
     * such as a hold's {@code expiresAt}, add it to the local clock.
     */
    public Optional<Duration> serverClockAhead() {
        return serverClock.serverAhead();
    }

    /**
     * {@code local} moved by {@link #serverClockAhead()} as it is at each reading: the clock a
     * desk or kiosk app reads "now" and the venue's "today" from.
     */
    public Clock clockFollowingServer(Clock local) {
        return new ServerAlignedClock(local, () -> serverClock.serverAhead().orElse(Duration.ZERO));
    }

    /** A builder for a client of the server at {@code baseUrl}, e.g. {@code http://localhost:8080}. */
    public static Builder builder(String baseUrl) {
        return new Builder().baseUrl(baseUrl);
    }

    /** A builder; {@link Builder#baseUrl} must be set before {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The server this client talks to. */
    public String baseUrl() {
        return baseUrl.toString();
    }

    /** The bearer token sent to staff endpoints, if any. */
    public Optional<String> bearerToken() {
        return Optional.ofNullable(bearerToken);
    }

    /**
     * Replaces the bearer token sent to staff endpoints from now on, e.g. a kiosk device token or a
     * token restored from an earlier login; null sends none.
     */
    public void bearerToken(String token) {
        this.bearerToken = token;
    }

    // ---------------------------------------------------------------- public booking flow

    /** A venue and its bookable activities, by the embed key of its booking widget. */
    public PublicVenue venue(String embedKey) {
        return call(get(url("public", "venues", embedKey), false), PublicVenue.class);
    }

    /** A bookable activity. */
    public PublicActivity activity(UUID activityId) {
        return call(get(url("public", "activities", id(activityId)), false), PublicActivity.class);
    }

    /** The sessions of an activity on the venue-local days {@code from} to {@code to}, both included. */
    public List<SessionView> activitySessions(UUID activityId, LocalDate from, LocalDate to) {
        HttpUrl.Builder url = url("public", "activities", id(activityId), "sessions").newBuilder();
        query(url, "from", from);
        query(url, "to", to);
        return callList(get(url.build(), false), SessionView.class);
    }

    /** Every session of a venue on one venue-local day. */
    public List<SessionView> venueSessions(String embedKey, LocalDate date) {
        HttpUrl.Builder url = url("public", "venues", embedKey, "sessions").newBuilder();
        query(url, "date", date);
        return callList(get(url.build(), false), SessionView.class);
    }

    /** Whether a party of {@code partySize} could be held on the session right now. */
    public Availability availability(UUID sessionId, int partySize) {
        HttpUrl.Builder url = url("public", "sessions", id(sessionId), "availability").newBuilder();
        query(url, "partySize", partySize);
        return call(get(url.build(), false), Availability.class);
    }

    /**
     * Holds seats. Safe to retry: the request carries a fresh {@code Idempotency-Key}, and is sent
     * again with the same key when the connection fails or the server answers 502, 503 or 504 (up
     * to {@value #HOLD_ATTEMPTS} attempts), so the customer never gets two holds. Client errors
     * such as {@code INSUFFICIENT_CAPACITY} are thrown at once.
     *
     * @return the hold with its {@code holdToken}, needed to read, release or confirm it
     */
    public Hold hold(HoldRequest request) {
        return hold(request, UUID.randomUUID().toString());
    }

    /**
     * Holds seats under an {@code Idempotency-Key} of the caller's choosing, e.g. one kept across an
     * app restart; retried like {@link #hold(HoldRequest)}. The server answers a replay of the same
     * key with the same hold, and {@code IDEMPOTENCY_KEY_REUSED} when the request differs.
     */
    public Hold hold(HoldRequest request, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        // Signed in (a desk or kiosk), the hold is made as the venue: prepaid activities can then be paid in person.
        Request httpRequest = request("POST", url("public", "reservations"), request, bearerToken != null)
                // Unlike other POSTs, this body may be sent again: the key makes that safe.
                .post(RequestBody.create(json.writeValueAsBytes(request), JSON))
                .header("Idempotency-Key", idempotencyKey)
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                return call(httpRequest, Hold.class);
            } catch (SlotwiseApiException e) {
                if (attempt >= HOLD_ATTEMPTS || !isWorthRetrying(e)) {
                    throw e;
                }
                pause(holdRetryBackoff.delay(attempt), e);
            }
        }
    }

    /** A hold as its holder sees it. */
    public Hold readHold(UUID holdId, String holdToken) {
        Request request = get(url("public", "reservations", id(holdId)), false).newBuilder()
                .header("X-Hold-Token", holdToken)
                .build();
        return call(request, Hold.class);
    }

    /** Gives the held seats back before the hold runs out. */
    public void releaseHold(UUID holdId, String holdToken) {
        Request request = request("DELETE", url("public", "reservations", id(holdId)), null, false)
                .header("X-Hold-Token", holdToken)
                .build();
        callNoContent(request);
    }

    /** Turns the holder's hold into a booking. */
    public Booking confirmHold(UUID holdId, String holdToken, ConfirmRequest request) {
        Request httpRequest = request("POST", url("public", "reservations", id(holdId), "confirm"), request, false)
                .header("X-Hold-Token", holdToken)
                .build();
        return call(httpRequest, Booking.class);
    }

    // ---------------------------------------------------------------- staff: account

    /**
     * Logs a staff member in and remembers the token for every later staff call of this client.
     *
     * @return the token, its expiry, the user and the organizations the user may act in
     */
    public LoginResponse login(String email, String password) {
        LoginResponse response = call(post(url("auth", "login"), new LoginRequest(email, password), false),
                LoginResponse.class);
        this.bearerToken = response.accessToken();
        return response;
    }

    /** Ends the current token on the server; the client forgets it even if the server could not be told. */
    public void logout() {
        try {
            callNoContent(post(url("auth", "logout"), null, true));
        } finally {
            this.bearerToken = null;
        }
    }

    /**
     * Changes the logged-in member's password. Every token issued before, this one included,
     * stops working, so the client forgets its token: log in again with the new password.
     */
    public void changePassword(String currentPassword, String newPassword) {
        callNoContent(post(url("auth", "password"), new PasswordChange(currentPassword, newPassword), true));
        this.bearerToken = null;
    }

    // ---------------------------------------------------------------- staff: venues and activities

    /** The venues of an organization. */
    public List<VenueDetails> venues(UUID organizationId) {
        return callList(get(url("organizations", id(organizationId), "venues"), true), VenueDetails.class);
    }

    /** Creates a venue in an organization. */
    public VenueDetails createVenue(UUID organizationId, VenueRequest request) {
        return call(post(url("organizations", id(organizationId), "venues"), request, true), VenueDetails.class);
    }

    /** A venue as staff see it. */
    public VenueDetails venueDetails(UUID venueId) {
        return call(get(url("venues", id(venueId)), true), VenueDetails.class);
    }

    /** Changes a venue's name, zone or allowed origins. */
    public VenueDetails updateVenue(UUID venueId, VenueRequest request) {
        return call(request("PUT", url("venues", id(venueId)), request, true).build(), VenueDetails.class);
    }

    /** Gives the venue a new embed key; booking widgets that use the old one stop working. */
    public VenueDetails rotateEmbedKey(UUID venueId) {
        return call(post(url("venues", id(venueId), "embed-key"), null, true), VenueDetails.class);
    }

    /** The activities of a venue, inactive ones included. */
    public List<ActivityDetails> activities(UUID venueId) {
        return callList(get(url("venues", id(venueId), "activities"), true), ActivityDetails.class);
    }

    /** Creates an activity in a venue. */
    public ActivityDetails createActivity(UUID venueId, ActivityRequest request) {
        return call(post(url("venues", id(venueId), "activities"), request, true), ActivityDetails.class);
    }

    /** An activity as staff see it, schedule included. */
    public ActivityDetails activityDetails(UUID activityId) {
        return call(get(url("activities", id(activityId)), true), ActivityDetails.class);
    }

    /** Changes an activity. */
    public ActivityDetails updateActivity(UUID activityId, ActivityRequest request) {
        return call(request("PUT", url("activities", id(activityId)), request, true).build(), ActivityDetails.class);
    }

    /** Replaces an activity's weekly schedule; sessions follow on the next generation. */
    public ActivityDetails updateSchedule(UUID activityId, Schedule schedule) {
        return call(request("PUT", url("activities", id(activityId), "schedule"), schedule, true).build(),
                ActivityDetails.class);
    }

    /** Generates an activity's sessions from its schedule. */
    public GenerationResult generateSessions(UUID activityId, GenerateSessionsRequest request) {
        return call(post(url("activities", id(activityId), "sessions", "generate"), request, true),
                GenerationResult.class);
    }

    /** Generates an activity's sessions for {@code daysAhead} venue-local days from {@code startDate}. */
    public GenerationResult generateSessions(UUID activityId, LocalDate startDate, int daysAhead) {
        return generateSessions(activityId, new GenerateSessionsRequest(startDate, daysAhead));
    }

    // ---------------------------------------------------------------- staff: sessions, holds, bookings

    /**
     * A venue's sessions with held and booked seats, on the venue-local days {@code from} to
     * {@code to}; either may be null for the server's default.
     */
    public List<StaffSessionView> staffSessions(UUID venueId, LocalDate from, LocalDate to) {
        HttpUrl.Builder url = url("venues", id(venueId), "sessions").newBuilder();
        query(url, "from", from);
        query(url, "to", to);
        return callList(get(url.build(), true), StaffSessionView.class);
    }

    /** Changes a session's capacity, or blocks or reopens it. */
    public StaffSessionView changeSession(UUID sessionId, SessionChange change) {
        return call(request("PATCH", url("sessions", id(sessionId)), change, true).build(), StaffSessionView.class);
    }

    /**
     * Confirms any hold at the desk or the kiosk (staff or kiosk token), saying how it was paid;
     * no hold token needed.
     */
    public Booking confirmAsStaff(UUID holdId, ConfirmRequest request) {
        return call(post(url("reservations", id(holdId), "confirm"), request, true), Booking.class);
    }

    /** Releases every hold that ran out now rather than at the next scheduled sweep. */
    public ReleasedHolds releaseExpiredHolds() {
        return call(post(url("maintenance", "release-expired"), null, true), ReleasedHolds.class);
    }

    /**
     * A venue's bookings for sessions on the venue-local days {@code from} to {@code to}, matching
     * {@code query} (booking number, customer name, email or phone); any of the three may be null.
     */
    public List<Booking> searchBookings(UUID venueId, LocalDate from, LocalDate to, String query) {
        HttpUrl.Builder url = url("venues", id(venueId), "bookings").newBuilder();
        query(url, "from", from);
        query(url, "to", to);
        if (query != null && !query.isBlank()) {
            query(url, "q", query);
        }
        return callList(get(url.build(), true), Booking.class);
    }

    /** One booking. */
    public Booking booking(UUID bookingId) {
        return call(get(url("bookings", id(bookingId)), true), Booking.class);
    }

    /** Cancels a booking and gives its seats back. */
    public Booking cancelBooking(UUID bookingId) {
        return call(post(url("bookings", id(bookingId), "cancel"), null, true), Booking.class);
    }

    /** Records that the party of a booking has arrived. */
    public Booking checkIn(UUID bookingId) {
        return call(post(url("bookings", id(bookingId), "check-in"), null, true), Booking.class);
    }

    /** The online payment page of a hold: send the customer there, or show its URL as a QR code. */
    public CheckoutStart startCheckout(UUID holdId, String holdToken) {
        Request request = request("POST", url("public", "reservations", id(holdId), "checkout"), null, false)
                .header("X-Hold-Token", Objects.requireNonNull(holdToken, "holdToken")).build();
        return call(request, CheckoutStart.class);
    }

    /** Where the payment of a page stands (BOOKED, PENDING, REFUNDED or ENDED). */
    public CheckoutStatus checkoutStatus(String checkoutSessionId) {
        return call(get(url("public", "checkouts", checkoutSessionId), false), CheckoutStatus.class);
    }

    /** Refunds what is left of a booking's online payment (staff). */
    public Booking refundBooking(UUID bookingId) {
        return call(post(url("bookings", id(bookingId), "refund"), null, true), Booking.class);
    }

    /** Records that the party never came (only once the session has started). */
    public Booking markNoShow(UUID bookingId) {
        return call(post(url("bookings", id(bookingId), "no-show"), null, true), Booking.class);
    }

    /** The kiosk's customer pays at the front desk: the hold waits there under {@code customerName}. */
    public Hold sendToDesk(UUID holdId, String customerName) {
        return call(post(url("reservations", id(holdId), "pay-at-desk"), new PayAtDeskRequest(customerName), true), Hold.class);
    }

    /** Holds waiting at the front desk of a venue, the longest-waiting first. */
    public List<DeskHold> deskHolds(UUID venueId) {
        return callList(get(url("venues", id(venueId), "desk-holds"), true), DeskHold.class);
    }

    /** The slots a schedule being edited would make at a venue; nothing is saved. */
    public SchedulePreview previewSchedule(UUID venueId, SchedulePreviewRequest request) {
        return call(post(url("venues", id(venueId), "schedule-preview"), request, true), SchedulePreview.class);
    }

    /**
     * The next bookings, soonest first.
     *
     * @param limit how many at most, or null for the server's default
     * @param venueId one venue, or null for every venue of the caller's organizations
     */
    public List<Booking> upcomingBookings(Integer limit, UUID venueId) {
        HttpUrl.Builder url = url("dashboard", "upcoming-bookings").newBuilder();
        query(url, "limit", limit);
        query(url, "venueId", venueId);
        return callList(get(url.build(), true), Booking.class);
    }

    /** Bookings and revenue of the last seven venue-local days; {@code venueId} may be null for the server's default. */
    public WeeklyTrend weeklyTrend(UUID venueId) {
        HttpUrl.Builder url = url("dashboard", "weekly-trend").newBuilder();
        query(url, "venueId", venueId);
        return call(get(url.build(), true), WeeklyTrend.class);
    }

    // ---------------------------------------------------------------- staff: kiosks, members, audit

    /** Registers a kiosk device; its token is in the answer and never shown again. */
    public IssuedKioskDevice registerKioskDevice(UUID venueId, String name) {
        return call(post(url("venues", id(venueId), "kiosk-devices"), new KioskDeviceRequest(name), true),
                IssuedKioskDevice.class);
    }

    /** The kiosk devices of a venue, revoked ones included. */
    public List<KioskDevice> kioskDevices(UUID venueId) {
        return callList(get(url("venues", id(venueId), "kiosk-devices"), true), KioskDevice.class);
    }

    /** Revokes a kiosk device; its token stops working at once. */
    public void revokeKioskDevice(UUID deviceId) {
        callNoContent(request("DELETE", url("kiosk-devices", id(deviceId)), null, true).build());
    }

    /** The staff of an organization (owners only). */
    public List<Member> members(UUID organizationId) {
        return callList(get(url("organizations", id(organizationId), "members"), true), Member.class);
    }

    /**
     * Invites an email to an organization (owners only). The answer is the same whether the email
     * has an account or not; its {@code token} is shown this once, for the invitee.
     */
    public Invitation invite(UUID organizationId, InvitationRequest request) {
        return call(post(url("organizations", id(organizationId), "members"), request, true), Invitation.class);
    }

    /** The organization's invitations waiting to be accepted (owners only; without tokens). */
    public List<Invitation> invitations(UUID organizationId) {
        return callList(get(url("organizations", id(organizationId), "members", "invitations"), true), Invitation.class);
    }

    /** Withdraws an invitation: its token stops working. */
    public void revokeInvitation(UUID organizationId, UUID invitationId) {
        callNoContent(request("DELETE", url("organizations", id(organizationId), "members", "invitations", id(invitationId)),
                null, true).build());
    }

    /**
     * Accepts an invitation with the account's password (or, for a new email, a name and a new
     * password) and logs in as that account, like {@link #login}.
     */
    public LoginResponse acceptInvitation(InvitationAcceptance acceptance) {
        LoginResponse response = call(post(url("public", "invitations", "accept"), acceptance, false), LoginResponse.class);
        this.bearerToken = response.accessToken();
        return response;
    }

    /** Gives a member a new role, "OWNER" or "STAFF" (owners only). */
    public Member changeRole(UUID organizationId, UUID userId, String role) {
        return call(request("PUT", url("organizations", id(organizationId), "members", id(userId)),
                new RoleChange(role), true).build(), Member.class);
    }

    /** Removes a member from an organization (owners only). */
    public void removeMember(UUID organizationId, UUID userId) {
        callNoContent(request("DELETE", url("organizations", id(organizationId), "members", id(userId)), null, true)
                .build());
    }

    /** The latest changes made by staff and kiosks, newest first (owners only); {@code limit} may be null. */
    public List<AuditEntry> auditLog(UUID organizationId, Integer limit) {
        HttpUrl.Builder url = url("organizations", id(organizationId), "audit-log").newBuilder();
        query(url, "limit", limit);
        return callList(get(url.build(), true), AuditEntry.class);
    }

    // ---------------------------------------------------------------- real-time events

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
        HttpUrl url = url("public", "venues", embedKey, "events");
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
        return subscribe(url("venues", id(venueId), "events"), true, listener, stateListener);
    }

    private EventSubscription subscribe(HttpUrl url, boolean staff, Consumer<VenueEvent> listener,
            Consumer<ConnectionState> stateListener) {
        EventSubscription[] self = new EventSubscription[1];
        EventSubscription subscription = new EventSubscription(eventSources,
                () -> authorize(new Request.Builder().url(url).get(), staff),
                response -> HttpErrors.fromResponse(json, response.request(), response),
                eventParser, listener, stateListener, reconnectBackoff,
                () -> subscriptions.remove(self[0]));
        self[0] = subscription;
        subscriptions.add(subscription);
        subscription.start();
        return subscription;
    }

    /**
     * Closes every event subscription of this client and, when the client created its own HTTP
     * client, that client's threads and connections. A shared {@link OkHttpClient} is left alone.
     */
    @Override
    public void close() {
        for (EventSubscription subscription : List.copyOf(subscriptions)) {
            subscription.close();
        }
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    // ---------------------------------------------------------------- plumbing

    private static boolean isWorthRetrying(SlotwiseApiException e) {
        // With the same Idempotency-Key a retry cannot double the hold, whether or not the first
        // attempt reached the server; 4xx answers would only come back the same.
        return e.isTransportFailure() || e.status() == 502 || e.status() == 503 || e.status() == 504;
    }

    private static void pause(Duration delay, SlotwiseApiException lastFailure) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            // A deliberate pause between attempts, not a wait for some condition.
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw lastFailure;
        }
    }

    private HttpUrl url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("api").addPathSegment("v1");
        for (String segment : segments) {
            Objects.requireNonNull(segment, "path parameter");
            // Each segment is percent-encoded, but dot segments would still climb the path.
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Not a valid path parameter: \"" + segment + "\"");
            }
            url.addPathSegment(segment);
        }
        return url.build();
    }

    private static String id(UUID id) {
        return Objects.requireNonNull(id, "id").toString();
    }

    /** Adds the parameter only when it has a value: absent means "the server's default". */
    private static void query(HttpUrl.Builder url, String name, Object value) {
        if (value != null) {
            // LocalDate, UUID and numbers print in the forms the server parses (ISO dates).
            url.addQueryParameter(name, value.toString());
        }
    }

    private Request get(HttpUrl url, boolean staff) {
        return request("GET", url, null, staff).build();
    }

    private Request post(HttpUrl url, Object body, boolean staff) {
        return request("POST", url, body, staff).build();
    }

    private Request.Builder request(String method, HttpUrl url, Object body, boolean staff) {
        RequestBody requestBody = null;
        if ("POST".equals(method) || "PATCH".equals(method)) {
            // OkHttp silently resends a request whose connection failed, even after it was sent;
            // a one-shot body forbids that for calls that must not happen twice.
            requestBody = new OneShotBody(body == null ? new byte[0] : json.writeValueAsBytes(body), body == null ? null : JSON);
        } else if (body != null) {
            requestBody = RequestBody.create(json.writeValueAsBytes(body), JSON);
        }
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Accept", ACCEPT)
                .method(method, requestBody);
        return authorize(request, staff);
    }

    private Request.Builder authorize(Request.Builder request, boolean staff) {
        String token = bearerToken;
        // Public endpoints get no token: a stale staff token must not break the booking flow.
        if (staff && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** A request body that the HTTP client may send once only. */
    private static final class OneShotBody extends RequestBody {

        private final byte[] content;
        private final MediaType type;

        OneShotBody(byte[] content, MediaType type) {
            this.content = content;
            this.type = type;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return content.length;
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(content);
        }
    }

    private <T> T call(Request request, Class<T> type) {
        return call(request, json.constructType(type));
    }

    private <T> List<T> callList(Request request, Class<T> elementType) {
        return call(request, json.getTypeFactory().constructCollectionType(List.class, elementType));
    }

    private void callNoContent(Request request) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw HttpErrors.fromResponse(json, request, response);
            }
        } catch (IOException e) {
            throw HttpErrors.transport(request, e);
        }
    }

    private <T> T call(Request request, JavaType type) {
        int status = 0;
        String body;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            if (!response.isSuccessful()) {
                throw HttpErrors.fromResponse(json, request, response);
            }
            body = response.body().string();
        } catch (IOException e) {
            throw HttpErrors.transport(request, e);
        }
        if (body.isBlank()) {
            throw HttpErrors.unreadable(request, status, "with an empty body where " + describe(type) + " was expected", null);
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw HttpErrors.unreadable(request, status, "with JSON null where " + describe(type) + " was expected", null);
            }
            return value;
        } catch (JacksonException e) {
            throw HttpErrors.unreadable(request, status,
                    "its body is not valid JSON for " + describe(type) + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static String describe(JavaType type) {
        return type.isCollectionLikeType()
                ? "a list of " + type.getContentType().getRawClass().getSimpleName()
                : "a " + type.getRawClass().getSimpleName();
    }

    /**
     * Settings of a {@link SlotwiseClient}. Only {@link #baseUrl} is required; the defaults suit
     * the desktop apps and the kiosk.
     */
    public static final class Builder {

        private HttpUrl baseUrl;
        private String bearerToken;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(15);
        private Duration eventReadTimeout = Duration.ofSeconds(60);
        private OkHttpClient okHttpClient;
        private Backoff holdRetryBackoff = Backoff.exponential(Duration.ofMillis(250), Duration.ofSeconds(1));
        private Backoff reconnectBackoff = Backoff.exponential(Duration.ofMillis(500), Duration.ofSeconds(30))
                .withJitter(0.2);

        private Builder() {
        }

        /** The server's root, e.g. {@code https://book.example.com}; a path prefix is kept. */
        public Builder baseUrl(String baseUrl) {
            HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
            if (parsed == null) {
                throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
            }
            this.baseUrl = parsed;
            return this;
        }

        /** A token to send to staff endpoints from the start: a kiosk's device token or a saved login. */
        public Builder bearerToken(String bearerToken) {
            this.bearerToken = bearerToken;
            return this;
        }

        /** How long to wait for a connection; 5 s by default. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each read and write, and for a whole call; 15 s by default. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = positive(readTimeout, "readTimeout");
            return this;
        }

        /**
         * How long an event stream may stay silent before it counts as lost; 60 s by default. Must
         * be longer than the server's heartbeat interval, or quiet streams are dropped needlessly.
         */
        public Builder eventReadTimeout(Duration eventReadTimeout) {
            this.eventReadTimeout = positive(eventReadTimeout, "eventReadTimeout");
            return this;
        }

        /** An existing client whose connection pool and threads to share; the timeouts above still apply. */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = okHttpClient;
            return this;
        }

        /** The pauses between attempts of {@link SlotwiseClient#hold}; 250 ms, then 500 ms by default. */
        public Builder holdRetryBackoff(Backoff holdRetryBackoff) {
            this.holdRetryBackoff = Objects.requireNonNull(holdRetryBackoff, "holdRetryBackoff");
            return this;
        }

        /** The pauses before event stream reconnects; from 0.5 s doubling to 30 s, slightly jittered, by default. */
        public Builder reconnectBackoff(Backoff reconnectBackoff) {
            this.reconnectBackoff = Objects.requireNonNull(reconnectBackoff, "reconnectBackoff");
            return this;
        }

        /** The client. */
        public SlotwiseClient build() {
            if (baseUrl == null) {
                throw new IllegalStateException("baseUrl is required");
            }
            return new SlotwiseClient(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
