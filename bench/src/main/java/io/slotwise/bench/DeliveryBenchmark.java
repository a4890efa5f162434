package io.slotwise.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether delivering messages slows booking: the same load against two servers on the same
 * machine, one with nothing to deliver to ("plain": no mail server set, no webhooks) and one
 * sending every confirmation mail to an SMTP server and every booking event to a webhook
 * ("delivering"), taking turns so that both see the same machine. Between turns the delivering
 * server's outbox is left to drain, so that each turn starts from an empty backlog.
 *
 * <p>Arguments: {@code --plain URL --plain-jdbc URL --delivering URL --delivering-jdbc URL
 * --smtp-port N --webhook-port N --clients 8,32 --seconds N --warmup N --rounds N --out FILE}.
 */
public final class DeliveryBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CAPACITY = 10_000_000;

    private final Map<String, String> args;
    private final int seconds;
    private final int warmup;
    private final SmtpSink smtp;
    private final AtomicInteger webhookCalls = new AtomicInteger();

    private DeliveryBenchmark(Map<String, String> args) throws Exception {
        this.args = args;
        this.seconds = Integer.parseInt(args.getOrDefault("seconds", "10"));
        this.warmup = Integer.parseInt(args.getOrDefault("warmup", "3"));
        this.smtp = new SmtpSink(Integer.parseInt(args.getOrDefault("smtp-port", "2525")));
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(args.getOrDefault("webhook-port", "8099"))), 100);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            webhookCalls.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        receiver.start();
    }

    /** One server under test: where it answers, its database, and the session the load books into. */
    private record Target(String name, String url, BenchDatabase db, UUID session) {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        DeliveryBenchmark bench = new DeliveryBenchmark(args);
        Target plain = bench.setUp("plain", args.getOrDefault("plain", "http://localhost:8081"),
                args.getOrDefault("plain-jdbc", "jdbc:postgresql://127.0.0.1:5432/slotwise_bench"), false);
        Target delivering = bench.setUp("delivering", args.getOrDefault("delivering", "http://localhost:8082"),
                args.getOrDefault("delivering-jdbc", "jdbc:postgresql://127.0.0.1:5432/slotwise_bench_mail"), true);
        int rounds = Integer.parseInt(args.getOrDefault("rounds", "2"));
        List<Result> results = new ArrayList<>();
        for (String c : args.getOrDefault("clients", "8,32").split(",")) {
            int clients = Integer.parseInt(c.trim());
            for (int round = 0; round < rounds; round++) {
                for (Target target : List.of(plain, delivering)) {
                    results.add(bench.holds(target, clients));
                    results.add(bench.bookings(target, clients));
                    bench.drain(delivering);
                    System.out.println(results.subList(results.size() - 2, results.size()));
                }
            }
        }
        String report = bench.report(results, delivering);
        System.out.println(report);
        Path out = Path.of(args.getOrDefault("out", "bench/target/delivery-benchmark.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.exit(0);
    }

    private Target setUp(String name, String url, String jdbcUrl, boolean subscribe) throws Exception {
        SetUpCalls calls = new SetUpCalls(url, new OkHttpClient());
        SetUpCalls.Owner owner = calls.owner(args);
        String token = owner.token();
        JsonNode venue = calls.venue(owner, "Bench");
        JsonNode activity = calls.post("/api/v1/venues/" + venue.path("id").asString() + "/activities", """
                {"name":"Busy room","description":"","durationMinutes":60,"price":1000,"currency":"EUR",
                 "minPartySize":1,"maxPartySize":8,"capacity":8,"paymentMode":"PAY_AT_VENUE",
                 "schedule":{"operatingDays":[],"startTime":"10:00","endTime":"22:00","slotInterval":60}}""", token, 201);
        if (subscribe) {
            calls.post("/api/v1/venues/" + venue.path("id").asString() + "/webhooks",
                    "{\"url\":\"http://127.0.0.1:" + args.getOrDefault("webhook-port", "8099") + "/hook\",\"events\":[\"booking.confirmed\"]}",
                    token, 201);
        }
        BenchDatabase db = new BenchDatabase(jdbcUrl, args.getOrDefault("user", "postgres"), args.getOrDefault("password", ""));
        return new Target(name, url, db, db.newSession(UUID.fromString(activity.path("id").asString()), CAPACITY));
    }

    /** One-seat holds: no message is written, so any difference is the delivering server's background work. */
    private Result holds(Target target, int clients) throws Exception {
        String body = "{\"sessionId\":\"" + target.session() + "\",\"partySize\":1,\"email\":\"hold@example.com\"}";
        return Measure.run(target.name() + ": hold", clients, warmup, seconds, () -> {
            KeepAliveHttp connection = new KeepAliveHttp(target.url());
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
    }

    /** Hold and confirm: each booking writes its confirmation mail (and, delivering, a webhook event) to the outbox. */
    private Result bookings(Target target, int clients) throws Exception {
        AtomicInteger n = new AtomicInteger();
        return Measure.run(target.name() + ": book (hold + confirm)", clients, warmup, seconds, () -> {
            KeepAliveHttp connection = new KeepAliveHttp(target.url());
            return new Measure.Client() {
                @Override
                public boolean call() throws Exception {
                    String body = "{\"sessionId\":\"" + target.session() + "\",\"partySize\":1,\"email\":\"guest" + n.incrementAndGet()
                            + "@example.com\"}";
                    KeepAliveHttp.Answer held = connection.postJsonReading("/api/v1/public/reservations", body);
                    if (held.status() != 201) {
                        return false;
                    }
                    JsonNode hold = JSON.readTree(held.body());
                    return connection.postJsonReading("/api/v1/public/reservations/" + hold.path("id").asString() + "/confirm",
                            "{\"customerName\":\"Bench Guest\"}", "X-Hold-Token: " + hold.path("holdToken").asString()).status() == 201;
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        });
    }

    /** Waits until the delivering server has sent everything (at most two minutes). */
    private void drain(Target delivering) throws Exception {
        long until = System.nanoTime() + 120_000_000_000L;
        while (pending(delivering) > 0 && System.nanoTime() < until) {
            Thread.sleep(200); // polling a count between runs, not waiting in place of a condition
        }
    }

    private static long pending(Target target) throws Exception {
        try (Connection c = target.db().connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM messages WHERE status = 'PENDING'"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long count(Target target, String sql) throws Exception {
        try (Connection c = target.db().connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String report(List<Result> results, Target delivering) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("| run | clients | ops | ops/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %d |%n", r.what(), r.clients(), r.operations(),
                    r.perSecond(), r.p50Millis(), r.p99Millis(), r.errors()));
        }
        md.append("\n| clients | holds: delivering / plain | bookings: delivering / plain | p99 bookings: delivering / plain |\n"
                + "|---:|---:|---:|---:|\n");
        for (int clients : results.stream().map(Result::clients).distinct().toList()) {
            md.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f |%n", clients,
                    mean(results, "delivering: hold", clients, false) / mean(results, "plain: hold", clients, false),
                    mean(results, "delivering: book", clients, false) / mean(results, "plain: book", clients, false),
                    mean(results, "delivering: book", clients, true) / mean(results, "plain: book", clients, true)));
        }
        long bookings = count(delivering, "SELECT COUNT(*) FROM bookings");
        md.append(String.format(Locale.ROOT, "%nDelivering server: %d bookings; %d mails received by the SMTP server, %d webhook calls"
                        + " received; messages still pending after the last drain: %d; failed attempts: %d.%n",
                bookings, smtp.received(), webhookCalls.get(), pending(delivering),
                count(delivering, "SELECT COUNT(*) FROM message_attempts WHERE outcome = 'FAILED'")));
        return md.toString();
    }

    private static double mean(List<Result> results, String prefix, int clients, boolean p99) {
        return results.stream().filter(r -> r.what().startsWith(prefix) && r.clients() == clients)
                .mapToDouble(r -> p99 ? r.p99Millis() : r.perSecond()).average().orElse(Double.NaN);
    }
}
