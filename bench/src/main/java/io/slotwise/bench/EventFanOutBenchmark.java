package io.slotwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * How many Server-Sent Events subscribers one server holds, and how long a change takes from its
 * commit to every subscriber at that load. Opens N public streams of one venue (each a socket
 * read by its own thread), then holds seats one at a time at a steady pace; every
 * {@code session.updated} a subscriber reads is timed against the moment the hold that caused it
 * was sent (an upper bound of commit-to-delivery, since the commit happens after the send).
 *
 * <p>Arguments: {@code --server URL --subscribers 250,1000,2000 --holds N --pace-ms N --out FILE}.
 */
public final class EventFanOutBenchmark {

    private static final Pattern REMAINING = Pattern.compile("\"capacityRemaining\":(\\d+)");

    private final String server;
    private final SetUpCalls setUp;

    private EventFanOutBenchmark(String server) {
        this.server = server;
        this.setUp = new SetUpCalls(server, new OkHttpClient());
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        EventFanOutBenchmark bench = new EventFanOutBenchmark(args.getOrDefault("server", "http://localhost:8081"));
        int holds = Integer.parseInt(args.getOrDefault("holds", "100"));
        long paceMillis = Long.parseLong(args.getOrDefault("pace-ms", "50"));
        StringBuilder md = new StringBuilder("| subscribers | connected | holds | updates received per subscriber | all got the last | p50 ms | p99 ms | max ms |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        SetUpCalls.Owner owner = bench.setUp.owner(args);
        for (String n : args.getOrDefault("subscribers", "250,1000,2000").split(",")) {
            md.append(bench.run(owner, Integer.parseInt(n.trim()), holds, paceMillis)).append('\n');
            System.out.println(md);
        }
        Path out = Path.of(args.getOrDefault("out", "bench/target/event-benchmark.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
    }

    private String run(SetUpCalls.Owner owner, int subscribers, int holds, long paceMillis) throws Exception {
        String token = owner.token();
        // A fresh venue per level, so that no earlier subscriber or event is counted.
        JsonNode venue = setUp.venue(owner, "Fan-out");
        String venueId = venue.path("id").asString();
        String embedKey = venue.path("embedKey").asString();
        JsonNode activity = setUp.post("/api/v1/venues/" + venueId + "/activities", """
                {"name":"Fan-out room","description":"","durationMinutes":60,"price":1000,"currency":"EUR",
                 "minPartySize":1,"maxPartySize":8,"capacity":1000,"paymentMode":"PAY_AT_VENUE",
                 "schedule":{"operatingDays":["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],
                             "startTime":"10:00","endTime":"11:00","slotInterval":60}}""", token, 201);
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(2);
        JsonNode sessions = setUp.get("/api/v1/public/activities/" + activity.path("id").asString() + "/sessions?from=" + day + "&to=" + day);
        String sessionId = sessions.get(0).path("id").asString();
        int capacity = sessions.get(0).path("capacityRemaining").asInt();

        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        Latencies delays = new Latencies();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger open = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<CountDownLatch> finalSeen = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch connected = new CountDownLatch(subscribers);
        List<Socket> sockets = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        URI base = URI.create(server);
        for (int i = 0; i < subscribers; i++) {
            Socket socket = new Socket(base.getHost(), base.getPort());
            sockets.add(socket);
            Thread reader = new Thread(() -> read(socket, embedKey, connected, open, refused, sentAt, delays, delivered,
                    capacity - holds, finalSeen), "subscriber");
            reader.setDaemon(true);
            reader.start();
        }
        connected.await(120, TimeUnit.SECONDS);
        int live = open.get();
        finalSeen.set(new CountDownLatch(live));

        for (int i = 0; i < holds; i++) {
            long start = System.nanoTime();
            // The session's seats after this hold: the value its session.updated will carry.
            sentAt.put(capacity - i - 1, start);
            setUp.post("/api/v1/public/reservations",
                    "{\"sessionId\":\"" + sessionId + "\",\"partySize\":1,\"email\":\"fan@example.com\"}", null, 201);
            long spent = (System.nanoTime() - start) / 1_000_000;
            if (spent < paceMillis) {
                // Pacing the load generator itself, not waiting for a condition of the system under test.
                TimeUnit.MILLISECONDS.sleep(paceMillis - spent);
            }
        }
        // Session updates coalesce (holds close together become one event), so what every
        // subscriber must see is the last state; it gets up to ten seconds to arrive.
        boolean allGotLast = finalSeen.get().await(10, TimeUnit.SECONDS);
        for (Socket s : sockets) {
            s.close();
        }
        return String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %s | %.1f | %.1f | %.1f |", subscribers, live, holds,
                live == 0 ? 0.0 : delivered.get() / (double) live, allGotLast ? "yes" : "no", delays.percentileMillis(50),
                delays.percentileMillis(99), delays.percentileMillis(100));
    }

    private void read(Socket socket, String embedKey, CountDownLatch connected, AtomicInteger open, AtomicInteger refused,
            Map<Integer, Long> sentAt, Latencies delays, AtomicInteger delivered, int last,
            java.util.concurrent.atomic.AtomicReference<CountDownLatch> finalSeen) {
        boolean counted = false;
        try {
            OutputStream out = socket.getOutputStream();
            URI base = URI.create(server);
            out.write(("GET /api/v1/public/venues/" + embedKey + "/events HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            if (status == null || !status.contains(" 200 ")) {
                refused.incrementAndGet();
                connected.countDown();
                return;
            }
            long[] one = new long[1];
            for (String line; (line = in.readLine()) != null; ) {
                if (!counted && line.startsWith(":")) {
                    counted = true;
                    open.incrementAndGet();
                    connected.countDown();
                } else if (line.startsWith("data:")) {
                    Matcher m = REMAINING.matcher(line);
                    Long sent = m.find() ? sentAt.get(Integer.parseInt(m.group(1))) : null;
                    if (sent != null) {
                        one[0] = System.nanoTime() - sent;
                        delays.addAll(one, 1);
                        delivered.incrementAndGet();
                        CountDownLatch all = finalSeen.get();
                        if (all != null && Integer.parseInt(m.group(1)) == last) {
                            all.countDown();
                        }
                    }
                }
            }
        } catch (IOException closed) {
            // The benchmark closes the sockets when a level ends.
        } finally {
            if (!counted) {
                connected.countDown();
            }
        }
    }


}
