package io.slotwise.server.operations;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer behind the load balancer, connecting from an address of its own (a loopback address
 * such as 127.0.1.7, which HAProxy passes on as the client's), retrying as a careful client
 * would: a hold with the same {@code Idempotency-Key}, a confirmation as it is, after a failed
 * connection or a gateway error, until it gets an answer.
 */
final class BalancedClient {

    static final int HOLDS_PER_MINUTE = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType APPLICATION_JSON = MediaType.get("application/json");
    private static final Duration GIVE_UP = Duration.ofSeconds(90);

    record Held(UUID id, String token, String servedBy) {
    }

    record Answer(int status, String servedBy, JsonNode body) {
    }

    private final String base;
    private final OkHttpClient http;
    private int retries;
    private Duration longestWait = Duration.ZERO;

    BalancedClient(String base, String address) {
        this.base = base;
        this.http = new OkHttpClient.Builder().socketFactory(boundTo(address)).connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS).retryOnConnectionFailure(false).build();
    }

    /** A socket factory whose sockets leave from {@code address} (or the local address a caller names). */
    static SocketFactory boundTo(String address) {
        return new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                return bound(InetAddress.getByName(address), 0);
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return connected(createSocket(), new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return connected(bound(localHost, localPort), new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return connected(createSocket(), new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort) throws IOException {
                return connected(bound(localHost, localPort), new InetSocketAddress(host, port));
            }
        };
    }

    private static Socket bound(InetAddress local, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(local, port));
        return socket;
    }

    private static Socket connected(Socket socket, InetSocketAddress remote) throws IOException {
        socket.connect(remote);
        return socket;
    }

    /** A hold, retried with its key until answered; empty when the session has no room. */
    Optional<Held> hold(UUID session, int party, String email) {
        String key = UUID.randomUUID().toString();
        Answer answer = untilAnswered(() -> send(post("/api/v1/public/reservations",
                "{\"sessionId\":\"" + session + "\",\"partySize\":" + party + ",\"email\":\"" + email + "\"}")
                .header("Idempotency-Key", key).build()));
        if (answer.status() == 409) {
            return Optional.empty();
        }
        if (answer.status() != 201) {
            throw new AssertionError("hold answered " + answer.status() + ": " + answer.body());
        }
        return Optional.of(new Held(UUID.fromString(answer.body().path("id").asString()), answer.body().path("holdToken").asString(),
                answer.servedBy()));
    }

    /** The hold's booking number, retried until answered. */
    Optional<String> confirm(Held hold) {
        Answer answer = untilAnswered(() -> send(post("/api/v1/public/reservations/" + hold.id() + "/confirm",
                "{\"customerName\":\"Balanced Guest\"}").header("X-Hold-Token", hold.token()).build()));
        if (answer.status() != 201) {
            throw new AssertionError("confirm answered " + answer.status() + ": " + answer.body());
        }
        return Optional.of(answer.body().path("bookingNumber").asString());
    }

    /** One hold request, no retry. */
    Answer rawHold(UUID session, String email) throws IOException {
        return send(post("/api/v1/public/reservations",
                "{\"sessionId\":\"" + session + "\",\"partySize\":1,\"email\":\"" + email + "\"}").build());
    }

    /** Whether a few reads of {@code path} are answered by both instances. */
    boolean servedByBoth(String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            try {
                Answer answer = send(new Request.Builder().url(base + path).build());
                if (answer.status() == 200) {
                    seen.add(answer.servedBy());
                }
            } catch (IOException notYet) {
                return false;
            }
        }
        return seen.size() == 2;
    }

    private Request.Builder post(String path, String json) {
        return new Request.Builder().url(base + path).post(RequestBody.create(json, APPLICATION_JSON));
    }

    private Answer send(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            JsonNode json = body.isEmpty() || !body.startsWith("{") ? JSON.nullNode() : JSON.readTree(body);
            return new Answer(response.code(), response.header("X-Served-By", ""), json);
        }
    }

    private interface Call {
        Answer send() throws IOException;
    }

    /** Tries this client made again after a failure. */
    int retries() {
        return retries;
    }

    /** The longest a call of this client took, its retries included. */
    Duration longestWait() {
        return longestWait;
    }

    /** Retries while the balancer or an instance fails (connection lost, 502-504), with a short pause between tries. */
    private Answer untilAnswered(Call call) {
        Instant start = Instant.now();
        Instant giveUp = start.plus(GIVE_UP);
        while (true) {
            try {
                Answer answer = call.send();
                if (answer.status() < 502 || answer.status() > 504) {
                    Duration took = Duration.between(start, Instant.now());
                    longestWait = took.compareTo(longestWait) > 0 ? took : longestWait;
                    return answer;
                }
            } catch (IOException lost) {
                // the instance died under the request: try again
            }
            retries++;
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("no answer through the balancer for " + GIVE_UP);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // a client's back-off, not a wait for a condition
        }
    }
}
