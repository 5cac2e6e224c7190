package gopatterns.history;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.pool.PoolEvent;
import gopatterns.runner.InterruptDelivery;
import gopatterns.runner.RunnerEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The timeline marks the moments a class talks about, each in its own row, and nothing else. */
class TickKindTest {

    @Test
    void runnerEventsAreTasksTimeoutAndInterrupts() {
        assertThat(TickKind.of(new RunnerEvent.TaskStarted(1, 0, 0))).isEqualTo(TickKind.TASK_START);
        assertThat(TickKind.of(new RunnerEvent.TaskFinished(2, 0, 0))).isEqualTo(TickKind.TASK_END);
        assertThat(TickKind.of(new RunnerEvent.TimeoutFired(3, 0))).isEqualTo(TickKind.TIMEOUT);
        assertThat(TickKind.of(new RunnerEvent.InterruptRequested(4, 0, InterruptDelivery.QUEUED)))
                .isEqualTo(TickKind.INTERRUPT_SENT);
        assertThat(TickKind.of(new RunnerEvent.InterruptObserved(5, 0, 1))).isEqualTo(TickKind.INTERRUPT_SEEN);
        assertThat(TickKind.of(new RunnerEvent.TaskWorking(6, 0, 0, Duration.ZERO))).isEqualTo(TickKind.OTHER);
    }

    @Test
    void poolEventsAreAcquiresReleasesAndClose() {
        assertThat(TickKind.of(new PoolEvent.WorkerAcquired(1, 0, 0, 1, false))).isEqualTo(TickKind.ACQUIRE_NEW);
        assertThat(TickKind.of(new PoolEvent.WorkerAcquired(2, 0, 0, 1, true))).isEqualTo(TickKind.ACQUIRE_SHARED);
        assertThat(TickKind.of(new PoolEvent.ReleasedToSlot(3, 0, 1, 1))).isEqualTo(TickKind.RELEASE_IN_QUEUE);
        assertThat(TickKind.of(new PoolEvent.ReleasedClosing(4, 0, 1))).isEqualTo(TickKind.RELEASE_CLOSING);
        assertThat(TickKind.of(new PoolEvent.ReleasedAfterClose(5, 0, 1))).isEqualTo(TickKind.RELEASE_CLOSING);
        assertThat(TickKind.of(new PoolEvent.PoolClosed(6, 0, 2))).isEqualTo(TickKind.CLOSE);
        // The acquire's echoes get no tick of their own: one tick per worker's acquire.
        assertThat(TickKind.of(new PoolEvent.AcquireShared(7, 0, 1))).isEqualTo(TickKind.OTHER);
        assertThat(TickKind.of(new PoolEvent.WorkerArrived(8, 0, 0))).isEqualTo(TickKind.OTHER);
    }

    @Test
    void eachPatternsRowsAreItsOwnKinds() {
        assertThat(TickKind.RUNNER).doesNotContainAnyElementsOf(TickKind.POOL).doesNotContain(TickKind.OTHER);
        assertThat(TickKind.POOL).doesNotContain(TickKind.OTHER);
        assertThat(TickKind.RUNNER.size() + TickKind.POOL.size()).isEqualTo(TickKind.values().length - 1);
    }
}
