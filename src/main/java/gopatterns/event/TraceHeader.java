package gopatterns.event;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first line of a trace: {@code {"format":"gopatterns-trace","version":1,"pattern":"runner","parameters":{…}}},
 * enough to set a page's controls to the run's parameters and to run it again.
 *
 * @param pattern    the pattern's name, see {@link TracePattern#name()}
 * @param parameters the run's parameters by name: as written, durations, enums, numbers and text; as read, text,
 *                   whole numbers ({@code Long}), other numbers ({@code Double}) and booleans
 */
public record TraceHeader(String pattern, Map<String, Object> parameters) {

    /** The {@code format} every trace names. */
    public static final String FORMAT = "gopatterns-trace";
    /** The version of the format this build writes and reads; another one is refused. */
    public static final int VERSION = 1;

    public TraceHeader {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * A whole number parameter.
     *
     * @throws IllegalArgumentException if it is missing or not a whole number.
     */
    public long whole(String name) {
        if (value(name) instanceof Long n) {
            return n;
        }
        throw invalid(name, "a whole number");
    }

    /**
     * An {@code int} parameter.
     *
     * @throws IllegalArgumentException if it is missing or not an int.
     */
    public int integer(String name) {
        long n = whole(name);
        if (n != (int) n) {
            throw invalid(name, "a smaller whole number");
        }
        return (int) n;
    }

    /**
     * A number parameter.
     *
     * @throws IllegalArgumentException if it is missing or not a number.
     */
    public double number(String name) {
        return switch (value(name)) {
            case Long n -> n;
            case Double d -> d;
            default -> throw invalid(name, "a number");
        };
    }

    /**
     * A text parameter.
     *
     * @throws IllegalArgumentException if it is missing or not text.
     */
    public String text(String name) {
        if (value(name) instanceof String s) {
            return s;
        }
        throw invalid(name, "text");
    }

    /**
     * A Go duration parameter ({@code "1.5s"}).
     *
     * @throws IllegalArgumentException if missing or invalid.
     */
    public Duration duration(String name) {
        try {
            return GoDuration.parse(text(name));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "a duration such as 1.5s");
        }
    }

    /**
     * An enum parameter by its constant's name.
     *
     * @throws IllegalArgumentException if missing or unknown.
     */
    public <T extends Enum<T>> T constant(String name, Class<T> type) {
        try {
            return Enum.valueOf(type, text(name));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private Object value(String name) {
        Object v = parameters.get(name);
        if (v == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return v;
    }

    private static IllegalArgumentException invalid(String name, String expected) {
        return new IllegalArgumentException(name + " must be " + expected);
    }
}
