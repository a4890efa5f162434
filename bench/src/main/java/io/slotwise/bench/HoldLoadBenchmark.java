package io.slotwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * Holds seats on one hot session over HTTP with 8, 32 and 64 concurrent clients, and in the same
 * run, on the same database and at the same concurrency, two baselines issued directly over JDBC:
 * the raw hot-row limit (one autocommitted conditional UPDATE) and the original design's
 * {@code reserve_slot} PL/pgSQL function (SELECT ... FOR UPDATE, check, INSERT, UPDATE). Also
 * sells a session out under each concurrency and counts oversold seats, which must be 0.
 *
 * <p>Arguments: {@code --server URL --jdbc URL --user U --password P --seconds N --warmup N
 * --clients 8,32,64 --out FILE}.
 */
public final class HoldLoadBenchmark {

    private static final int HOT_CAPACITY = 10_000_000;
    private static final int SELL_OUT_CAPACITY = 500;

    private final String server;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int seconds;
    private final int warmup;
    private final String ownerEmail;
    private final String ownerPassword;
    /** For set-up calls only; the load itself goes through {@link KeepAliveHttp}. */
    private final OkHttpClient http;
    private final SetUpCalls setUp;
    private final BenchDatabase db;
    private UUID activityId;
    /** Three activities sharing one room: holds on the first one's session take the room's lock. */
    private List<UUID> roomActivities;

    private HoldLoadBenchmark(Map<String, String> args) {
        this.server = args.getOrDefault("server", "http://localhost:8081");
        this.jdbcUrl = args.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/slotwise_bench");
        this.user = args.getOrDefault("user", "postgres");
        this.password = args.getOrDefault("password", "");
        this.seconds = Integer.parseInt(args.getOrDefault("seconds", "10"));
        this.warmup = Integer.parseInt(args.getOrDefault("warmup", "3"));
        this.ownerEmail = args.getOrDefault("owner-email", "bench@slotwise.invalid");
        this.ownerPassword = args.getOrDefault("owner-password", "bench-owner-password");
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(1024);
        dispatcher.setMaxRequestsPerHost(1024);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(256, 1, TimeUnit.MINUTES))
                .build();
        this.setUp = new SetUpCalls(server, http);
        this.db = new BenchDatabase(jdbcUrl, user, password);
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        HoldLoadBenchmark bench = new HoldLoadBenchmark(args);
        List<Integer> clients = new ArrayList<>();
        for (String c : args.getOrDefault("clients", "8,32,64").split(",")) {
            clients.add(Integer.parseInt(c.trim()));
        }
        bench.setUp();
        List<Result> results = new ArrayList<>();
        for (int c : clients) {
            results.add(bench.serverReads(c));
            results.add(bench.serverHolds(c));
            results.add(bench.serverHoldsSharingARoom(c));
            results.add(bench.rawHotRow(c));
            results.add(bench.reserveSlotFunction(c));
            results.add(bench.sellOut(c));
            System.out.println(results.subList(results.size() - 6, results.size()));
        }
        String report = Report.markdown(results, clients);
        System.out.println(report);
        Path out = Path.of(args.getOrDefault("out", "bench/target/hold-benchmark.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    // ---------------------------------------------------------------- set-up

    private void setUp() throws Exception {
        db.createReserveSlotBaseline();
        // The owner run.sh creates through slotwise.bootstrap.* sets up the venue and activity.
        SetUpCalls.Owner owner = setUp.owner(Map.of("owner-email", ownerEmail, "owner-password", ownerPassword));
        String token = owner.token();
        JsonNode venue = setUp.venue(owner, "Bench");
        JsonNode activity = setUp.post("/api/v1/venues/" + venue.path("id").asString() + "/activities", """
                {"name":"Hot room","description":"","durationMinutes":60,"price":1000,"currency":"EUR",
                 "minPartySize":1,"maxPartySize":8,"capacity":8,"paymentMode":"PAY_AT_VENUE",
                 "schedule":{"operatingDays":[],"startTime":"10:00","endTime":"22:00","slotInterval":60}}""", token, 201);
        activityId = UUID.fromString(activity.path("id").asString());
        String room = setUp.post("/api/v1/venues/" + venue.path("id").asString() + "/resources", "{\"name\":\"Shared room\"}",
                token, 201).path("id").asString();
        roomActivities = new ArrayList<>();
        for (String name : List.of("Room A", "Room B", "Room C")) {
            JsonNode shared = setUp.post("/api/v1/venues/" + venue.path("id").asString() + "/activities", """
                    {"name":"%s","description":"","durationMinutes":60,"price":1000,"currency":"EUR",
                     "minPartySize":1,"maxPartySize":8,"capacity":8,"paymentMode":"PAY_AT_VENUE","bufferMinutes":15,
                     "resourceIds":["%s"],
                     "schedule":{"operatingDays":[],"startTime":"10:00","endTime":"22:00","slotInterval":60}}""".formatted(name, room),
                    token, 201);
            roomActivities.add(UUID.fromString(shared.path("id").asString()));
        }
    }

    // ---------------------------------------------------------------- the runs

    private Result serverHolds(int clients) throws Exception {
        UUID session = db.newSession(activityId, HOT_CAPACITY);
        String body = "{\"sessionId\":\"" + session + "\",\"partySize\":1,\"email\":\"load@example.com\"}";
        Result r = measure("server: POST /public/reservations (HTTP)", clients, () -> {
            KeepAliveHttp connection = new KeepAliveHttp(server);
            return new Measure.Client() {
                @Override
                public boolean call() throws Exception {
                    return connection.postJson("/api/v1/public/reservations", body) == 201;
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        });
        return withOversold(r, session);
    }

    /**
     * One-seat holds on a session whose activity shares a room (with a 15-minute reset) with two
     * other activities that have sessions at the same time: each hold takes the room's row lock,
     * checks the overlapping windows and holds alone, instead of joining a batch.
     */
    private Result serverHoldsSharingARoom(int clients) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).plusMinutes((long) (Math.random() * 100_000));
        UUID session = db.newSession(roomActivities.get(0), HOT_CAPACITY, start);
        db.newSession(roomActivities.get(1), 8, start.plusMinutes(30));
        db.newSession(roomActivities.get(2), 8, start.minusMinutes(30));
        String body = "{\"sessionId\":\"" + session + "\",\"partySize\":1,\"email\":\"room@example.com\"}";
        Result r = measure("server: POST /public/reservations, room shared by 3 activities (HTTP)", clients, () -> {
            KeepAliveHttp connection = new KeepAliveHttp(server);
            return new Measure.Client() {
                @Override
                public boolean call() throws Exception {
                    return connection.postJson("/api/v1/public/reservations", body) == 201;
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        });
        return withOversold(r, session);
    }

    /**
     * Context, not a target: the cheapest request of the same server (one indexed read through
     * the same HTTP, JSON and connection-pool path), i.e. what this machine's HTTP stack allows.
     */
    private Result serverReads(int clients) throws Exception {
        UUID session = db.newSession(activityId, HOT_CAPACITY);
        String path = "/api/v1/public/sessions/" + session + "/availability?partySize=1";
        return measure("context: GET availability (HTTP, one read)", clients, () -> {
            KeepAliveHttp connection = new KeepAliveHttp(server);
            return new Measure.Client() {
                @Override
                public boolean call() throws Exception {
                    return connection.get(path) == 200;
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        });
    }

    private Result rawHotRow(int clients) throws Exception {
        UUID session = db.newSession(activityId, HOT_CAPACITY);
        return measure("baseline: raw hot-row UPDATE (JDBC, autocommit)", clients, () -> {
            Connection c = db.connect();
            PreparedStatement s = c.prepareStatement(
                    "UPDATE activity_sessions SET capacity_remaining = capacity_remaining - 1 WHERE id = ? AND capacity_remaining >= 1");
            s.setObject(1, session);
            return new Measure.Client() {
                @Override
                public boolean call() throws SQLException {
                    return s.executeUpdate() == 1;
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        });
    }

    private Result reserveSlotFunction(int clients) throws Exception {
        UUID session = db.newSession(activityId, HOT_CAPACITY);
        Result r = measure("baseline: seed reserve_slot PL/pgSQL (JDBC)", clients, () -> {
            Connection c = db.connect();
            PreparedStatement s = c.prepareStatement("SELECT bench_reserve_slot(?, 1, 'load@example.com')");
            s.setObject(1, session);
            return new Measure.Client() {
                @Override
                public boolean call() throws SQLException {
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next();
                    }
                }

                @Override
                public void close() throws SQLException {
                    c.close();
                }
            };
        });
        return withOversold(r, session);
    }

    /** Every client holds until refused; the seats held must equal the capacity exactly. */
    private Result sellOut(int clients) throws Exception {
        UUID session = db.newSession(activityId, SELL_OUT_CAPACITY);
        String body = "{\"sessionId\":\"" + session + "\",\"partySize\":1,\"email\":\"sellout@example.com\"}";
        AtomicInteger held = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                try (KeepAliveHttp connection = new KeepAliveHttp(server)) {
                    go.await();
                    while (true) {
                        int status = connection.postJson("/api/v1/public/reservations", body);
                        if (status == 201) {
                            held.incrementAndGet();
                        } else if (status == 409) {
                            return;
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long oversold = Math.max(0, held.get() - SELL_OUT_CAPACITY) + Math.abs(db.invariantGap(session));
        if (db.remaining(session) != 0) {
            errors.incrementAndGet();
        }
        return new Result("server: sell out " + SELL_OUT_CAPACITY + " seats (HTTP)", clients, held.get(), elapsed,
                Double.NaN, Double.NaN, errors.get(), oversold);
    }

    private Result measure(String what, int clients, Measure.ClientFactory factory) throws Exception {
        return Measure.run(what, clients, warmup, seconds, factory);
    }

    private Result withOversold(Result r, UUID session) throws SQLException {
        long gap = db.invariantGap(session);
        long oversold = Math.max(0, -db.remaining(session)) + Math.abs(gap);
        return new Result(r.what(), r.clients(), r.operations(), r.seconds(), r.p50Millis(), r.p99Millis(), r.errors(), oversold);
    }

    // ---------------------------------------------------------------- plumbing


}
