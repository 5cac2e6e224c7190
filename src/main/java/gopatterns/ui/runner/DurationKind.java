package gopatterns.ui.runner;

import gopatterns.runner.DurationRule;
import java.time.Duration;

/** The task-duration rules the view offers, each with one length in seconds. */
public enum DurationKind {
    /** Task i works i × the length: the book's demo with one second. */
    PER_ID,
    /** Every task works the length. */
    CONSTANT,
    /** Each task works a random time up to the length, fixed by the seed. */
    RANDOM;

    public DurationRule rule(Duration length, long seed) {
        return switch (this) {
            case PER_ID -> new DurationRule.PerId(length);
            case CONSTANT -> new DurationRule.Constant(length);
            case RANDOM -> new DurationRule.Random(length, seed);
        };
    }

    public static DurationKind of(DurationRule rule) {
        return switch (rule) {
            case DurationRule.PerId p -> PER_ID;
            case DurationRule.Constant c -> CONSTANT;
            case DurationRule.Random r -> RANDOM;
            case DurationRule.Listed l -> throw new IllegalArgumentException(
                    "the view offers i*unit, const and random durations, not a list: " + rule.spec());
        };
    }

    /** The length of a rule of this view's kinds. */
    public static Duration lengthOf(DurationRule rule) {
        return switch (rule) {
            case DurationRule.PerId p -> p.unit();
            case DurationRule.Constant c -> c.each();
            case DurationRule.Random r -> r.max();
            case DurationRule.Listed l -> throw new IllegalArgumentException(
                    "the view offers i*unit, const and random durations, not a list: " + rule.spec());
        };
    }
}
