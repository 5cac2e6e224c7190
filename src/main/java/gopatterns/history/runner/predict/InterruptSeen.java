package gopatterns.history.runner.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.runner.RunnerEvent;
import java.util.Optional;

/**
 * "Will the interrupt be seen?": {@code yes} when the runner's check before a task finds it, {@code no} when Start
 * returns without having seen it (whether it was sent too late or not at all: the reason tells which).
 */
final class InterruptSeen implements Rule {

    private final int yes;
    private final int no;
    private boolean requested;

    /** @param yes the answer "it is seen"; @param no the answer "it is not" */
    InterruptSeen(int yes, int no) {
        this.yes = yes;
        this.no = no;
    }

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        return switch (event) {
            case RunnerEvent.InterruptRequested r -> {
                requested = true;
                yield Optional.empty();
            }
            case RunnerEvent.InterruptObserved o ->
                    Optional.of(Verdict.of(yes, o.seq(), "interruptSeen.seen", o.beforeTask()));
            case RunnerEvent.Ended end -> Optional.of(requested
                    ? Verdict.of(no, end.seq(), "interruptSeen.tooLate")
                    : Verdict.of(no, end.seq(), "interruptSeen.notSent"));
            default -> Optional.empty();
        };
    }
}
