package gopatterns.runner;

import static gopatterns.runner.RunnerRun.SECOND;
import static gopatterns.runner.RunnerRun.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Changing the timeout while the runner waits: always counted from the creation instant. */
class RunnerRetimeTest {

    /** The book's tasks (0 s, 1 s, 2 s: done at 3 s) under a timeout of 3 s. */
    private static RunnerRun book() {
        RunnerRun run = new RunnerRun();
        run.create(Duration.ofSeconds(3), RunnerMode.GO_FAITHFUL, 1, seconds(0), seconds(1), seconds(2));
        return run;
    }

    @Test
    void aLongerTimeoutBeforeStartLetsTheWorkComplete() {
        try (RunnerRun run = book()) {
            run.runner.retime(Duration.ofSeconds(10));

            assertThat(run.runToEnd()).isEqualTo(Outcome.COMPLETED);
            assertThat(run.ended().at()).isEqualTo(3 * SECOND);
            assertThat(run.ended().tie()).isFalse();
        }
    }

    @Test
    void theNewTimeoutCountsFromCreation() {
        try (RunnerRun run = new RunnerRun()) {
            run.clock.advance(Duration.ofSeconds(1));
            run.create(Duration.ofSeconds(5), RunnerMode.GO_FAITHFUL, 1, seconds(10));
            run.clock.advance(Duration.ofSeconds(1));

            run.runner.retime(Duration.ofSeconds(2));

            assertThat(run.runner.deadline()).isEqualTo(3 * SECOND);
            assertThat(run.runner.timeout()).isEqualTo(Duration.ofSeconds(2));
            RunnerEvent.TimeoutChanged changed = run.only(RunnerEvent.TimeoutChanged.class);
            assertThat(changed.deadline()).isEqualTo(3 * SECOND);
            assertThat(changed.timeout()).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void anEarlierTimeoutWhileWaitingFiresAtTheNewDeadline() {
        try (RunnerRun run = book()) {
            run.start();
            run.clock.advance(Duration.ofSeconds(1));

            run.runner.retime(Duration.ofSeconds(2));
            run.clock.runUntilIdle();

            assertThat(run.main.result()).isEqualTo(Outcome.TIMEOUT);
            assertThat(run.ended().at()).isEqualTo(2 * SECOND);
        }
    }

    @Test
    void aTimeoutThatIsAlreadyBehindFiresAtOnce() {
        try (RunnerRun run = book()) {
            run.start();
            run.clock.advance(Duration.ofMillis(2500));

            run.runner.retime(Duration.ofSeconds(1));
            run.clock.awaitSettled();

            assertThat(run.main.result()).isEqualTo(Outcome.TIMEOUT);
            assertThat(run.ended().at()).isEqualTo(2_500_000_000L);
        }
    }

    @Test
    void aLaterTimeoutWhileWaitingLetsTheWorkComplete() {
        try (RunnerRun run = book()) {
            run.start();
            run.clock.advance(Duration.ofSeconds(2));

            run.runner.retime(Duration.ofSeconds(10));
            run.clock.runUntilIdle();

            assertThat(run.main.result()).isEqualTo(Outcome.COMPLETED);
            assertThat(run.ended().at()).isEqualTo(3 * SECOND);
            assertThat(run.all(RunnerEvent.TimeoutFired.class)).isEmpty();
        }
    }

    @Test
    void aRetimeAfterStartReturnedChangesNothing() {
        try (RunnerRun run = book()) {
            run.runner.retime(Duration.ofSeconds(10));
            run.runToEnd();

            run.runner.retime(Duration.ofSeconds(1));

            assertThat(run.runner.deadline()).isEqualTo(10 * SECOND);
            assertThat(run.all(RunnerEvent.TimeoutChanged.class)).hasSize(1);
        }
    }

    @Test
    void aNegativeTimeoutIsRejectedAndChangesNothing() {
        try (RunnerRun run = book()) {
            assertThatThrownBy(() -> run.runner.retime(Duration.ofMillis(-1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("negative");
            assertThat(run.runner.deadline()).isEqualTo(3 * SECOND);
            assertThat(run.all(RunnerEvent.TimeoutChanged.class)).isEmpty();
        }
    }
}
