package io.slotwise.server.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An event stream subscriber that reconnects as the widget does: when the stream breaks, it asks
 * again with {@code Last-Event-ID}, and the instance that answers replays what it has or tells
 * it to {@code resync}. Remembers the sessions it heard about.
 */
final class ResumingSubscriber implements AutoCloseable {

    private final String url;
    private final OkHttpClient http;
    private final Set<UUID> sessionsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reconnections = new AtomicInteger();
    private final Thread reader;
    private volatile boolean connected;
    private volatile boolean resync;
    private volatile boolean closed;
    private volatile String lastEventId;

    private ResumingSubscriber(String url, String address) {
        this.url = url;
        this.http = new OkHttpClient.Builder().socketFactory(BalancedClient.boundTo(address)).readTimeout(0, TimeUnit.SECONDS)
                .retryOnConnectionFailure(false).build();
        this.reader = new Thread(this::read, "subscriber-" + address);
        reader.setDaemon(true);
    }

    static ResumingSubscriber open(String url, String address) {
        ResumingSubscriber subscriber = new ResumingSubscriber(url, address);
        subscriber.reader.start();
        return subscriber;
    }

    private void read() {
        boolean first = true;
        while (!closed) {
            if (!first) {
                reconnections.incrementAndGet();
            }
            first = false;
            Request.Builder request = new Request.Builder().url(url).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            try (Response response = http.newCall(request.build()).execute()) {
                if (response.code() == 200) {
                    connected = true;
                    consume(new BufferedReader(new InputStreamReader(response.body().byteStream(), StandardCharsets.UTF_8)));
                }
            } catch (IOException broken) {
                // the instance went away: reconnect
            }
            connected = false;
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos()); // the widget's reconnect back-off
        }
    }

    private void consume(BufferedReader lines) throws IOException {
        String id = null;
        String type = null;
        String data = null;
        for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
            if (line.isEmpty()) {
                if (type != null) {
                    if (id != null) {
                        lastEventId = id;
                    }
                    if (type.equals("resync")) {
                        resync = true;
                    } else if (type.equals("session.updated") && data != null) {
                        int at = data.indexOf("\"sessionId\":\"");
                        if (at >= 0) {
                            sessionsSeen.add(UUID.fromString(data.substring(at + 13, at + 49)));
                        }
                    }
                }
                id = type = data = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                type = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).trim();
            }
        }
    }

    boolean connected() {
        return connected;
    }

    boolean saw(UUID session) {
        return sessionsSeen.contains(session);
    }

    boolean sawResync() {
        return resync;
    }

    int reconnections() {
        return reconnections.get();
    }

    @Override
    public void close() {
        closed = true;
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
        reader.interrupt();
    }
}
