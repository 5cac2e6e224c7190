package gopatterns.runner;

import gopatterns.event.GoDuration;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** How long task {@code id} works. Written as text for the command line: see {@link #parse}. */
public sealed interface DurationRule {

    Duration durationOf(int id);

    /** The rule written back as {@link #parse} reads it. */
    String spec();

    /** Task i works i × {@code unit}: the book's demo with a unit of one second. */
    record PerId(Duration unit) implements DurationRule {
        public Duration durationOf(int id) {
            return unit.multipliedBy(id);
        }

        public String spec() {
            return "i*" + GoDuration.format(unit);
        }
    }

    /** Every task works the same time. */
    record Constant(Duration each) implements DurationRule {
        public Duration durationOf(int id) {
            return each;
        }

        public String spec() {
            return "const:" + GoDuration.format(each);
        }
    }

    /** Each task works a random time from 0 to {@code max} (whole milliseconds), fixed by the seed and the id. */
    record Random(Duration max, long seed) implements DurationRule {
        public Duration durationOf(int id) {
            long bound = max.toMillis() + 1;
            return Duration.ofMillis(new SplittableRandom(seed * 1_000_003L + id).nextLong(bound));
        }

        public String spec() {
            return "random:" + GoDuration.format(max);
        }
    }

    /** Durations given one by one; tasks past the end of the list take the last one. */
    record Listed(List<Duration> durations) implements DurationRule {
        public Listed {
            if (durations.isEmpty()) {
                throw new IllegalArgumentException("a list of durations needs at least one");
            }
            durations = List.copyOf(durations);
        }

        public Duration durationOf(int id) {
            return durations.get(Math.min(id, durations.size() - 1));
        }

        public String spec() {
            return String.join(",", durations.stream().map(GoDuration::format).toList());
        }
    }

    /** The book's rule: task i sleeps i seconds. */
    static DurationRule book() {
        return new PerId(Duration.ofSeconds(1));
    }

    /**
     * Reads a rule: {@code i*1s} (task i works i × 1s, the book), {@code const:500ms}, {@code random:2s}
     * (seeded by {@code seed}), or a list {@code 0s,1s,2s}.
     */
    static DurationRule parse(String text, long seed) {
        String s = text.trim();
        try {
            if (s.startsWith("i*")) {
                return new PerId(GoDuration.parse(s.substring(2)));
            }
            if (s.startsWith("const:")) {
                return new Constant(GoDuration.parse(s.substring(6)));
            }
            if (s.startsWith("random:")) {
                return new Random(GoDuration.parse(s.substring(7)), seed);
            }
            return new Listed(Arrays.stream(s.split(",")).map(GoDuration::parse).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid task durations '" + text
                    + "': write i*1s (task i works i seconds), const:500ms, random:2s or a list 0s,1s,2s ("
                    + e.getMessage() + ")", e);
        }
    }
}
