package gopatterns.event;

/**
 * Something that happened in a run, as the core reports it: numbered in the order it was published and
 * stamped with the virtual time at which it happened (nanoseconds of the run's clock).
 */
public interface GoEvent {
    long seq();

    long at();

    /** The record's simple name, used as the event type in traces. */
    default String type() {
        return getClass().getSimpleName();
    }
}
