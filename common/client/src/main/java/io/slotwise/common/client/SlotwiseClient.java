package io.slotwise.common.client;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.sse.EventSources;

/**
 * The Slotwise HTTP API as typed Java methods: one client, and through it the API's parts, each
 * for one kind of caller. {@link #publicApi()} is the booking flow of a venue's website,
 * {@link #staff()} what signed-in staff do, {@link #admin()} an organization's administration and
 * {@link #events()} the live event streams.
 *
 * <p>Every method blocks until the answer is read and either returns the typed result or throws
 * {@link SlotwiseApiException}; no {@link java.io.IOException} escapes. Public endpoints are called
 * without credentials. Staff endpoints send the bearer token that {@link StaffApi#login} remembered, or
 * the one given to the {@linkplain Builder#bearerToken builder} (a kiosk passes its device token
 * there). Instances are thread-safe and meant to be shared; {@link #close()} releases what the
 * client created itself.
 *
 * <pre>{@code
 * try (SlotwiseClient client = SlotwiseClient.builder("https://book.example.com").build()) {
 *     PublicVenue venue = client.publicApi().venue("k3y");
 * }
 * }</pre>
 */
public final class SlotwiseClient implements AutoCloseable {

    private final Transport transport;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final ServerClock serverClock = new ServerClock();
    private final PublicBookingApi publicApi;
    private final StaffApi staff;
    private final AdminApi admin;
    private final EventStreams events;

    private SlotwiseClient(Builder builder) {
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
        this.transport = new Transport(builder.baseUrl, http, SlotwiseJson.newMapper(), builder.bearerToken);
        this.publicApi = new PublicBookingApi(transport, builder.holdRetryBackoff);
        this.staff = new StaffApi(transport);
        this.admin = new AdminApi(transport);
        this.events = new EventStreams(transport, EventSources.createFactory(streams), builder.reconnectBackoff);
    }

    /** The public booking flow: venues, activities, sessions, holds, confirmation, payment pages. */
    public PublicBookingApi publicApi() {
        return publicApi;
    }

    /** What signed-in staff do: login, venues, activities, sessions, bookings, desk, dashboard. */
    public StaffApi staff() {
        return staff;
    }

    /** An organization's administration (owners): kiosk devices, members, invitations, audit log. */
    public AdminApi admin() {
        return admin;
    }

    /** The live event streams of a venue, public and staff. */
    public EventStreams events() {
        return events;
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
        return transport.baseUrl().toString();
    }

    /** The bearer token sent to staff endpoints, if any. */
    public Optional<String> bearerToken() {
        return transport.bearerToken();
    }

    /**
     * Replaces the bearer token sent to staff endpoints from now on, e.g. a kiosk device token or a
     * token restored from an earlier login; null sends none.
     */
    public void bearerToken(String token) {
        transport.bearerToken(token);
    }

    /**
     * Closes every event subscription of this client and, when the client created its own HTTP
     * client, that client's threads and connections. A shared {@link OkHttpClient} is left alone.
     */
    @Override
    public void close() {
        events.closeAll();
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
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

        /** The pauses between attempts of {@link PublicBookingApi#hold}; 250 ms, then 500 ms by default. */
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
