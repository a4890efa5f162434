package io.slotwise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/**
 * The server measured by programs that are not its own: {@code wrk} (a C HTTP load generator)
 * against the server, {@code pgbench} against PostgreSQL running the statement the server's
 * work comes down to, one after the other on the same machine.
 *
 * <ul>
 *   <li>A month of one activity's sessions over HTTP (plain, gzip, and a 304 for a matching
 *       {@code If-None-Match}) against the same SELECT in pgbench.</li>
 *   <li>One-seat holds over HTTP against the raw hot-row UPDATE in pgbench, at each concurrency.</li>
 * </ul>
 */
public final class WrkBenchmark {

    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern WRK_ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern WRK_SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern WRK_P50 = Pattern.compile("\\n\\s+50%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern WRK_P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PGBENCH_LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** One measured line. */
    record Line(String what, String tool, int connections, double perSecond, String latency, long errors) {
    }

    private final String server;
    private final String database;
    private final BenchDatabase db;
    private final SetUpCalls setUp;
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS).build();
    private final int seconds;
    private final int warmup;
    /** The hold path is long and compiles late: it is warmed up longer than a read. */
    private final int holdWarmup;
    private final List<Integer> connections;
    private final Path work = Path.of("bench", "target", "wrk");
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, String> args;

    /** The month read starts on the venue's today: the sessions are generated from it, as the server does. */
    private final java.time.Clock clock;

    private WrkBenchmark(Map<String, String> args, java.time.Clock clock) {
        this.args = args;
        this.clock = clock;
        this.server = args.getOrDefault("server", "http://localhost:8081");
        this.database = args.getOrDefault("database", "slotwise_bench");
        this.db = new BenchDatabase("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
        this.setUp = new SetUpCalls(server, http);
        this.seconds = Integer.parseInt(args.getOrDefault("seconds", "10"));
        this.warmup = Integer.parseInt(args.getOrDefault("warmup", "3"));
        this.holdWarmup = Integer.parseInt(args.getOrDefault("hold-warmup", "15"));
        this.connections = List.of(args.getOrDefault("connections", "8,32,64").split(",")).stream().map(Integer::parseInt).toList();
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            args.put(arguments[i].replaceFirst("^--", ""), arguments[i + 1]);
        }
        WrkBenchmark bench = new WrkBenchmark(args, java.time.Clock.systemUTC());
        Files.createDirectories(bench.work);
        String report = bench.run();
        System.out.println(report);
        Path out = Path.of(args.getOrDefault("out", "bench/target/wrk-benchmark.md"));
        Files.writeString(out, report);
    }

    private String run() throws Exception {
        SetUpCalls.Owner owner = setUp.owner(args);
        String token = owner.token();
        JsonNode venue = setUp.venue(owner, "Reads");
        // Every day, 10:00 to 22:00, a session every 90 minutes: about seven a day, as a busy room sells.
        JsonNode activity = setUp.post("/api/v1/venues/" + venue.path("id").asString() + "/activities", """
                {"name":"Month room","description":"A month of sessions","durationMinutes":60,"price":2500,"currency":"EUR",
                 "minPartySize":1,"maxPartySize":8,"capacity":8,"paymentMode":"PAY_AT_VENUE",
                 "schedule":{"operatingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],
                             "startTime":"10:00","endTime":"22:00","slotInterval":90}}""", token, 201);
        UUID activityId = UUID.fromString(activity.path("id").asString());
        LocalDate from = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        LocalDate to = from.plusDays(30);
        setUp.post("/api/v1/activities/" + activityId + "/sessions/generate",
                "{\"startDate\":\"" + from + "\",\"daysAhead\":31}", token, 200);
        String month = "/api/v1/public/activities/" + activityId + "/sessions?from=" + from + "&to=" + to;
        JsonNode sessions = setUp.get(month);
        String tag;
        long bytes;
        try (Response response = http.newCall(new Request.Builder().url(server + month).build()).execute()) {
            tag = response.header("ETag");
            bytes = response.body().bytes().length;
        }

        Path monthQuery = work.resolve("month.sql");
        Files.writeString(monthQuery, """
                SELECT id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status
                FROM activity_sessions
                WHERE activity_id = '%s' AND start_time >= '%s' AND start_time < '%s' AND status <> 'CANCELLED'
                ORDER BY start_time;
                """.formatted(activityId, from.atStartOfDay(ZoneId.of("Europe/Berlin")).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(ZoneId.of("Europe/Berlin")).toOffsetDateTime()));
        int readConnections = Integer.parseInt(args.getOrDefault("read-connections", "32"));
        pgbench("month of sessions: the SELECT (pgbench)", monthQuery, readConnections);
        wrk("month of sessions: GET (wrk)", month, readConnections, null);
        wrk("month of sessions: GET, gzip (wrk)", month, readConnections, "Accept-Encoding: gzip");
        wrk("month of sessions: GET, If-None-Match, 304 (wrk)", month, readConnections, "If-None-Match: " + tag);

        UUID holdsActivity = UUID.fromString(setUp.post("/api/v1/venues/" + venue.path("id").asString() + "/activities", """
                {"name":"Hot room","description":"","durationMinutes":60,"price":1000,"currency":"EUR",
                 "minPartySize":1,"maxPartySize":8,"capacity":8,"paymentMode":"PAY_AT_VENUE",
                 "schedule":{"operatingDays":[],"startTime":"10:00","endTime":"22:00","slotInterval":60}}""", token, 201)
                .path("id").asString());
        for (int c : connections) {
            UUID hot = db.newSession(holdsActivity, 10_000_000);
            Path hold = work.resolve("hold-" + c + ".lua");
            Files.writeString(hold, """
                    wrk.method = "POST"
                    wrk.body = '{"sessionId":"%s","partySize":1,"email":"wrk@example.com"}'
                    wrk.headers["Content-Type"] = "application/json"
                    """.formatted(hot));
            wrkScript("holds: POST /public/reservations (wrk)", "/api/v1/public/reservations", c, hold, holdWarmup);
            UUID raw = db.newSession(holdsActivity, 10_000_000);
            Path update = work.resolve("update.sql");
            Files.writeString(update, "UPDATE activity_sessions SET capacity_remaining = capacity_remaining - 1 WHERE id = '" + raw
                    + "' AND capacity_remaining >= 1;\n");
            pgbench("holds: raw hot-row UPDATE (pgbench)", update, c);
        }
        return report(sessions.size(), bytes, readConnections);
    }

    private void wrk(String what, String path, int c, String header) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", Integer.toString(Math.min(2, c)), "-c", Integer.toString(c),
                "--latency"));
        if (header != null) {
            command.addAll(List.of("-H", header));
        }
        measure(what, "wrk", c, command, server + path, warmup);
    }

    private void wrkScript(String what, String path, int c, Path script, int warmSeconds) throws Exception {
        measure(what, "wrk", c, new ArrayList<>(List.of("wrk", "-t", Integer.toString(Math.min(2, c)), "-c", Integer.toString(c),
                "--latency", "-s", script.toString())), server + path, warmSeconds);
    }

    private void measure(String what, String tool, int c, List<String> command, String url, int warmSeconds) throws Exception {
        List<String> warm = new ArrayList<>(command);
        warm.addAll(List.of("-d", warmSeconds + "s", url));
        exec(warm);
        List<String> timed = new ArrayList<>(command);
        timed.addAll(List.of("-d", seconds + "s", url));
        String out = exec(timed);
        long errors = find(WRK_ERRORS, out).map(Long::parseLong).orElse(0L);
        Matcher socket = WRK_SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        lines.add(new Line(what, tool, c, Double.parseDouble(find(WRK_RATE, out).orElseThrow(() -> new IllegalStateException(out))),
                "p50 " + millis(WRK_P50, out) + ", p99 " + millis(WRK_P99, out), errors));
    }

    private void pgbench(String what, Path script, int c) throws Exception {
        List<String> command = List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared", "-c", Integer.toString(c),
                "-j", Integer.toString(Math.min(2, c)), "-f", script.toString());
        List<String> warm = new ArrayList<>(command);
        warm.addAll(List.of("-T", Integer.toString(warmup), database));
        exec(warm);
        List<String> timed = new ArrayList<>(command);
        timed.addAll(List.of("-T", Integer.toString(seconds), database));
        String out = exec(timed);
        lines.add(new Line(what, "pgbench", c, Double.parseDouble(find(PGBENCH_TPS, out).orElseThrow(() -> new IllegalStateException(out))),
                "avg " + find(PGBENCH_LATENCY, out).orElse("?") + " ms", 0));
    }

    private static String millis(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            return "?";
        }
        double value = Double.parseDouble(m.group(1));
        double ms = switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    private String report(int sessions, long bytes, int readConnections) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "A month of one activity's sessions: %d sessions, %d bytes of JSON.%n%n", sessions, bytes));
        md.append("| run | tool | connections | per second | latency | errors |\n|---|---|---:|---:|---|---:|\n");
        for (Line l : lines) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %s | %d |%n", l.what(), l.tool(), l.connections(),
                    l.perSecond(), l.latency(), l.errors()));
        }
        double select = rate("month of sessions: the SELECT", readConnections);
        md.append(String.format(Locale.ROOT, "%n| month of sessions at %d connections | / the SELECT in pgbench |%n|---|---:|%n",
                readConnections));
        for (String what : List.of("month of sessions: GET (wrk)", "month of sessions: GET, gzip (wrk)",
                "month of sessions: GET, If-None-Match, 304 (wrk)")) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f |%n", what.replace("month of sessions: ", ""),
                    rate(what, readConnections) / select));
        }
        md.append("\n| connections | holds over HTTP (wrk) / raw hot-row UPDATE (pgbench) |\n|---:|---:|\n");
        for (int c : connections) {
            md.append(String.format(Locale.ROOT, "| %d | %.2f |%n", c, rate("holds: POST", c) / rate("holds: raw", c)));
        }
        return md.toString();
    }

    private double rate(String prefix, int c) {
        return lines.stream().filter(l -> l.what().startsWith(prefix) && l.connections() == c).mapToDouble(Line::perSecond)
                .findFirst().orElse(Double.NaN);
    }
}
