package gopatterns.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the JSON that JMH wrote for {@link PoolBenchmark} and prints, per thread count, each result against
 * the baselines of the same run, then the targets with their verdicts:
 * our pool at least 3x Commons Pool2 and at least 0.8x the bare queue unobserved, and a listener costing at
 * most 1.5x (with, for that one, what building the events alone costs). Prints markdown, so the table can go straight into the README.
 *
 * <p>Usage: {@code BenchReport target/benchmarks/pool.json}
 */
public final class BenchReport {

    static final double MIN_VS_COMMONS = 3.0;
    static final double MIN_VS_QUEUE = 0.8;
    static final double MAX_LISTENER_COST = 1.5;

    /** The table's rows, in order: ours unobserved, observed two ways, then the two baselines. */
    static final String[] ROWS = {"goPool", "goPoolListened", "goPoolCounted", "goPoolEventsOnly", "commonsPool2",
        "queue"};

    /** One measured throughput, ops/s, with JMH's 99.9% error margin (NaN when too few iterations). */
    record Score(double opsPerSecond, double error) {}

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        // Runs inside Maven (exec:java), so bad input is an exception, never System.exit.
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BenchReport <JMH JSON results, e.g. target/benchmarks/pool.json>");
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no JMH results at " + file.toAbsolutePath()
                    + " (run the benchmark first, with the same -Dbench.name)");
        }
        System.out.print(report(read(file)));
    }

    /** Scores by thread count, then by pool name ({@code goPool}, {@code commonsPool2}, ...). */
    static Map<Integer, Map<String, Score>> read(Path file) throws IOException {
        Map<Integer, Map<String, Score>> byThreads = new TreeMap<>();
        for (JsonNode run : new ObjectMapper().readTree(file.toFile())) {
            String method = run.get("benchmark").asText();
            if (!method.startsWith(PoolBenchmark.class.getName() + ".")) {
                continue;
            }
            String name = method.substring(method.lastIndexOf('.') + 1);
            JsonNode metric = run.get("primaryMetric");
            if (!"ops/s".equals(metric.get("scoreUnit").asText())) {
                throw new IOException(method + ": expected ops/s, got " + metric.get("scoreUnit").asText());
            }
            double error = metric.get("scoreError").asDouble();
            byThreads.computeIfAbsent(run.get("threads").asInt(), t -> new TreeMap<>())
                    .put(name, new Score(metric.get("score").asDouble(), error));
        }
        return byThreads;
    }

    static String report(Map<Integer, Map<String, Score>> byThreads) {
        StringBuilder out = new StringBuilder();
        out.append("| threads | benchmark | Mops/s | ± (99.9%) | vs queue | vs Commons Pool2 | listener cost |\n");
        out.append("|---:|---|---:|---:|---:|---:|---:|\n");
        byThreads.forEach((threads, scores) -> {
            Score go = scores.get("goPool");
            for (String name : ROWS) {
                Score s = scores.get(name);
                if (s == null) {
                    continue;
                }
                String cost = name.startsWith("goPool") && !name.equals("goPool") ? ratio(go, s) : "";
                String error = Double.isNaN(s.error()) ? "-" : String.format(Locale.ROOT, "%.1f", s.error() / 1e6);
                out.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %s | %s | %s | %s |%n", threads, name,
                        s.opsPerSecond() / 1e6, error, ratio(s, scores.get("queue")),
                        ratio(s, scores.get("commonsPool2")), cost));
            }
        });
        out.append('\n');
        byThreads.forEach((threads, scores) -> {
            Score go = scores.get("goPool");
            target(out, threads, "goPool / commonsPool2", go, scores.get("commonsPool2"), MIN_VS_COMMONS, true);
            target(out, threads, "goPool / queue", go, scores.get("queue"), MIN_VS_QUEUE, true);
            target(out, threads, "listener cost, goPool / goPoolListened", go, scores.get("goPoolListened"),
                    MAX_LISTENER_COST, false);
            Score floor = scores.get("goPoolEventsOnly");
            if (go != null && floor != null) {
                out.append(String.format(Locale.ROOT, "  - of which building the two events alone (goPool / "
                        + "goPoolEventsOnly, no bus): %.2fx%n", go.opsPerSecond() / floor.opsPerSecond()));
            }
        });
        return out.toString();
    }

    private static String ratio(Score s, Score base) {
        return s == null || base == null ? "-" : String.format(Locale.ROOT, "%.2fx", s.opsPerSecond() / base.opsPerSecond());
    }

    private static void target(StringBuilder out, int threads, String what, Score num, Score den, double bound,
                               boolean atLeast) {
        if (num == null || den == null) {
            return;
        }
        double r = num.opsPerSecond() / den.opsPerSecond();
        boolean met = atLeast ? r >= bound : r <= bound;
        out.append(String.format(Locale.ROOT, "- %d thread%s: %s = %.2fx (target %s %.1fx): %s%n", threads,
                threads == 1 ? "" : "s", what, r, atLeast ? ">=" : "<=", bound, met ? "met" : "MISSED"));
    }
}
