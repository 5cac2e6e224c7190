package gopatterns.history.runner;

import gopatterns.runner.Outcome;

/**
 * How {@code Start} returned.
 *
 * @param outcome what it returned
 * @param tie     completion and timeout were ready at the same instant and the seeded choice decided
 * @param atNanos virtual nanoseconds since the runner was created
 */
public record RunEnding(Outcome outcome, boolean tie, long atNanos) {

    /** The last line the Go program logs. */
    public String goMessage() {
        return outcome.goMessage();
    }

    public int exitCode() {
        return outcome.exitCode();
    }
}
