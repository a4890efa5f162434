package io.slotwise.bench;

import java.util.List;
import java.util.Locale;

/** The hold benchmark's results as a Markdown table, with the ratios BENCHMARKS.md records. */
final class Report {

    private Report() {
    }

    static String markdown(List<Result> results, List<Integer> clients) {
        StringBuilder md = new StringBuilder();
        md.append("| run | clients | ops | ops/s | p50 ms | p99 ms | errors | oversold seats |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %d | %d |%n", r.what(), r.clients(),
                    r.operations(), r.perSecond(), r.p50Millis(), r.p99Millis(), r.errors(), r.oversold()));
        }
        md.append("\n| clients | server holds / raw hot-row | server holds / reserve_slot | server holds / server reads"
                + " | shared-room holds / server holds |\n|---:|---:|---:|---:|---:|\n");
        for (int c : clients) {
            double server = find(results, "server: POST /public/reservations (HTTP)", c);
            double raw = find(results, "baseline: raw", c);
            double function = find(results, "baseline: seed", c);
            double reads = find(results, "context: GET", c);
            double room = find(results, "server: POST /public/reservations, room", c);
            md.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2f |%n", c, server / raw, server / function,
                    server / reads, room / server));
        }
        return md.toString();
    }

    private static double find(List<Result> results, String prefix, int clients) {
        return results.stream().filter(r -> r.what().startsWith(prefix) && r.clients() == clients)
                .mapToDouble(Result::perSecond).findFirst().orElse(Double.NaN);
    }
}
