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
    private UUID activityId;

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
            results.add(bench.rawHotRow(c));
            results.add(bench.reserveSlotFunction(c));
            results.add(bench.sellOut(c));
            System.out.println(results.subList(results.size() - 5, results.size()));
        }
        String report = report(results, clients);
        System.out.println(report);
        Path out = Path.of(args.getOrDefault("out", "bench/target/hold-benchmark.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    // ---------------------------------------------------------------- set-up

    private void setUp() throws Exception {
        try (Connection c = connect()) {
            // The original design's reserve_slot, as a baseline only: Slotwise itself does not use it.
            c.createStatement().execute("""
                    CREATE OR REPLACE FUNCTION bench_reserve_slot(p_session UUID, p_party INT, p_email TEXT) RETURNS UUID AS $$
                    DECLARE
                        v_remaining INT;
                        v_id UUID := gen_random_uuid();
                    BEGIN
                        SELECT capacity_remaining INTO v_remaining FROM activity_sessions WHERE id = p_session FOR UPDATE;
                        IF v_remaining IS NULL OR v_remaining < p_party THEN
                            RAISE EXCEPTION 'INSUFFICIENT_CAPACITY';
                        END IF;
                        INSERT INTO slot_reservations (id, session_id, party_size, email, status, amount, currency,
                                                       hold_token_hash, created_at, expires_at)
                        VALUES (v_id, p_session, p_party, p_email, 'HELD', 0, 'EUR', 'baseline', now(), now() + interval '10 minutes');
                        UPDATE activity_sessions SET capacity_remaining = capacity_remaining - p_party WHERE id = p_session;
                        RETURN v_id;
                    END $$ LANGUAGE plpgsql""");
        }
        // The owner run.sh creates through slotwise.bootstrap.* sets up the venue and activity.
        JsonNode login = setUp.post("/api/v1/auth/login", "{\"email\":\"" + ownerEmail + "\",\"password\":\"" + ownerPassword + "\"}",
                null, 200);
        String token = login.path("accessToken").asString();
        String organization = login.path("memberships").get(0).path("organizationId").asString();
        JsonNode venue = setUp.post("/api/v1/organizations/" + organization + "/venues",
                "{\"name\":\"Bench\",\"timezone\":\"Europe/Berlin\",\"allowedOrigins\":[]}", token, 201);
        JsonNode activity = setUp.post("/api/v1/venues/" + venue.path("id").asString() + "/activities", """
                {"name":"Hot room","description":"","durationMinutes":60,"price":1000,"currency":"EUR",
                 "minPartySize":1,"maxPartySize":8,"capacity":8,"paymentMode":"PAY_AT_VENUE",
                 "schedule":{"operatingDays":[],"startTime":"10:00","endTime":"22:00","slotInterval":60}}""", token, 201);
        activityId = UUID.fromString(activity.path("id").asString());
    }

    private UUID newSession(int capacity) throws SQLException {
        UUID id = UUID.randomUUID();
        OffsetDateTime start = Instant.now().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC).plusMinutes(
                (long) (Math.random() * 100_000));
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO activity_sessions (id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN')""")) {
            s.setObject(1, id);
            s.setObject(2, activityId);
            s.setObject(3, start);
            s.setObject(4, start.plusHours(1));
            s.setInt(5, capacity);
            s.setInt(6, capacity);
            s.executeUpdate();
        }
        return id;
    }

    // ---------------------------------------------------------------- the runs

    private Result serverHolds(int clients) throws Exception {
        UUID session = newSession(HOT_CAPACITY);
        String body = "{\"sessionId\":\"" + session + "\",\"partySize\":1,\"email\":\"load@example.com\"}";
        Result r = measure("server: POST /public/reservations (HTTP)", clients, () -> {
            KeepAliveHttp connection = new KeepAliveHttp(server);
            return new Client() {
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
        UUID session = newSession(HOT_CAPACITY);
        String path = "/api/v1/public/sessions/" + session + "/availability?partySize=1";
        return measure("context: GET availability (HTTP, one read)", clients, () -> {
            KeepAliveHttp connection = new KeepAliveHttp(server);
            return new Client() {
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
        UUID session = newSession(HOT_CAPACITY);
        return measure("baseline: raw hot-row UPDATE (JDBC, autocommit)", clients, () -> {
            Connection c = connect();
            PreparedStatement s = c.prepareStatement(
                    "UPDATE activity_sessions SET capacity_remaining = capacity_remaining - 1 WHERE id = ? AND capacity_remaining >= 1");
            s.setObject(1, session);
            return new Client() {
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
        UUID session = newSession(HOT_CAPACITY);
        Result r = measure("baseline: seed reserve_slot PL/pgSQL (JDBC)", clients, () -> {
            Connection c = connect();
            PreparedStatement s = c.prepareStatement("SELECT bench_reserve_slot(?, 1, 'load@example.com')");
            s.setObject(1, session);
            return new Client() {
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
        UUID session = newSession(SELL_OUT_CAPACITY);
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
        long oversold = Math.max(0, held.get() - SELL_OUT_CAPACITY) + Math.abs(invariantGap(session));
        if (remaining(session) != 0) {
            errors.incrementAndGet();
        }
        return new Result("server: sell out " + SELL_OUT_CAPACITY + " seats (HTTP)", clients, held.get(), elapsed,
                Double.NaN, Double.NaN, errors.get(), oversold);
    }

    // ---------------------------------------------------------------- measuring

    interface Client extends AutoCloseable {
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface ClientFactory {
        Client open() throws Exception;
    }

    /** Runs {@code clients} threads for warm-up then measurement; counts only measured calls. */
    private Result measure(String what, int clients, ClientFactory factory) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                try (Client client = factory.open()) {
                    ready.countDown();
                    go.await();
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= window[1]) {
                            break;
                        }
                        boolean ok;
                        try {
                            ok = client.call();
                        } catch (Exception e) {
                            ok = false;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= window[0]) {
                            if (!ok) {
                                errors.incrementAndGet();
                            } else {
                                if (n == own.length) {
                                    own = java.util.Arrays.copyOf(own, n * 2);
                                }
                                own[n++] = t1 - t0;
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    ready.countDown();
                }
                latencies.addAll(own, n);
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + warmup * 1_000_000_000L;
        window[1] = window[0] + seconds * 1_000_000_000L;
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return new Result(what, clients, latencies.count(), seconds, latencies.percentileMillis(50),
                latencies.percentileMillis(99), errors.get(), 0);
    }

    private Result withOversold(Result r, UUID session) throws SQLException {
        long gap = invariantGap(session);
        long oversold = Math.max(0, -remaining(session)) + Math.abs(gap);
        return new Result(r.what(), r.clients(), r.operations(), r.seconds(), r.p50Millis(), r.p99Millis(), r.errors(), oversold);
    }

    /** (total - remaining) - seats of live holds: zero when the capacity invariant holds. */
    private long invariantGap(UUID session) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                SELECT s.capacity_total - s.capacity_remaining
                       - COALESCE((SELECT SUM(party_size) FROM slot_reservations r WHERE r.session_id = s.id AND r.status IN ('HELD', 'CONFIRMED')), 0)
                FROM activity_sessions s WHERE s.id = ?""")) {
            s.setObject(1, session);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private int remaining(UUID session) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT capacity_remaining FROM activity_sessions WHERE id = ?")) {
            s.setObject(1, session);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    // ---------------------------------------------------------------- plumbing


    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private static String report(List<Result> results, List<Integer> clients) {
        StringBuilder md = new StringBuilder();
        md.append("| run | clients | ops | ops/s | p50 ms | p99 ms | errors | oversold seats |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %d | %d |%n", r.what(), r.clients(),
                    r.operations(), r.perSecond(), r.p50Millis(), r.p99Millis(), r.errors(), r.oversold()));
        }
        md.append("\n| clients | server holds / raw hot-row | server holds / reserve_slot | server holds / server reads |\n|---:|---:|---:|---:|\n");
        for (int c : clients) {
            double server = find(results, "server: POST", c);
            double raw = find(results, "baseline: raw", c);
            double function = find(results, "baseline: seed", c);
            double reads = find(results, "context: GET", c);
            md.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f |%n", c, server / raw, server / function, server / reads));
        }
        return md.toString();
    }

    private static double find(List<Result> results, String prefix, int clients) {
        return results.stream().filter(r -> r.what().startsWith(prefix) && r.clients() == clients)
                .mapToDouble(Result::perSecond).findFirst().orElse(Double.NaN);
    }
}
