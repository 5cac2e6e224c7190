package gopatterns.event;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written as Go writes them: {@code 3s}, {@code 500ms}, {@code 1.5s}, {@code 1m30s}. */
public final class GoDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

    private GoDuration() {
    }

    /**
     * Parses a non-negative Go duration.
     *
     * @throws IllegalArgumentException with a message that quotes the text, if it is not one
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration: write it as in Go, e.g. 3s, 500ms or 1.5s");
        }
        String s = text.trim();
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.startsWith("-")) {
            throw new IllegalArgumentException("negative duration '" + text + "': it must be 0 or more");
        }
        Matcher m = PART.matcher(s);
        BigDecimal nanos = BigDecimal.ZERO;
        int pos = 0;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos) {
                throw new IllegalArgumentException(
                        "invalid duration '" + text + "': write it as in Go, e.g. 3s, 500ms or 1.5s");
            }
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
            pos = m.end();
        }
        try {
            return Duration.ofNanos(nanos.longValueExact());
        } catch (ArithmeticException e) {
            return Duration.ofNanos(nanos.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        }
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /** Formats as Go's {@code time.Duration.String()} does: {@code 1.5s}, {@code 500ms}, {@code 1m30s}. */
    public static String format(Duration d) {
        long n = d.toNanos();
        if (n == 0) {
            return "0s";
        }
        String sign = n < 0 ? "-" : "";
        n = Math.abs(n);
        if (n < 1_000L) {
            return sign + n + "ns";
        }
        if (n < 1_000_000L) {
            return sign + decimal(n, 1_000L) + "µs";
        }
        if (n < 1_000_000_000L) {
            return sign + decimal(n, 1_000_000L) + "ms";
        }
        long hours = n / 3_600_000_000_000L;
        long rest = n % 3_600_000_000_000L;
        long minutes = rest / 60_000_000_000L;
        long secNanos = rest % 60_000_000_000L;
        StringBuilder sb = new StringBuilder(sign);
        if (hours > 0) {
            sb.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            sb.append(minutes).append('m');
        }
        sb.append(decimal(secNanos, 1_000_000_000L)).append('s');
        return sb.toString();
    }

    /**
     * {@code value / unit} in decimal without trailing zeros, for {@code value >= 0} and {@code unit} a power of
     * ten. In integers: the views format durations on the FX thread, and the first use of BigDecimal initialises
     * tables that take milliseconds.
     */
    private static String decimal(long value, long unit) {
        long whole = value / unit;
        long fraction = value % unit;
        if (fraction == 0) {
            return Long.toString(whole);
        }
        String digits = Long.toString(unit + fraction).substring(1); // the fraction with its leading zeros
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + digits.substring(0, end);
    }
}
