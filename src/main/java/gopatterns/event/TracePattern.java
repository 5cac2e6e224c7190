package gopatterns.event;

import java.util.Map;

/**
 * A pattern whose runs are written as traces: its name in the trace's header, the type of its events, and its
 * run's parameters as the header's {@code parameters} object.
 *
 * @param <E> the pattern's events: a sealed interface whose permitted classes are records
 * @param <P> the parameters of one run
 */
public interface TracePattern<E extends GoEvent, P> {

    /** The name in the header, as the command is named: {@code runner}, {@code pool}. */
    String name();

    /** The sealed interface of the pattern's events. */
    Class<E> eventType();

    /**
     * Whether a trace ends with this event: the Go program exits with it, so the command line writes nothing after
     * it, and the app's saved trace neither (what a leaked thread does later is not part of the program's run).
     */
    boolean endsWith(E event);

    /**
     * The parameters as header fields, in a fixed order; values are what {@link EventTrace} writes (durations,
     * enums, numbers, text).
     */
    Map<String, Object> parameters(P params);

    /**
     * The parameters read back from a header.
     *
     * @throws IllegalArgumentException saying which parameter is missing or invalid
     */
    P params(TraceHeader header);

    /** The header of a trace of a run with {@code params}. */
    default TraceHeader header(P params) {
        return new TraceHeader(name(), parameters(params));
    }
}
