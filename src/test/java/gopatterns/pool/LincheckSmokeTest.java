package gopatterns.pool;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentLinkedQueue;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Proves that Lincheck (its model checker instruments bytecode through a Java agent) works on the
 * JDK that runs the build: it passes a linearizable counter and catches a racy one.
 */
class LincheckSmokeTest {

    /** A counter backed by a {@link ConcurrentLinkedQueue}: one element per increment. */
    public static class QueueCounterTest {
        private final ConcurrentLinkedQueue<Integer> ticks = new ConcurrentLinkedQueue<>();

        @Operation
        public void increment() {
            ticks.add(1);
        }

        @Operation
        public int get() {
            return ticks.size();
        }
    }

    /** A plain field incremented without synchronization: lost updates. */
    public static class RacyCounterTest {
        private int value;

        @Operation
        public void increment() {
            value++;
        }

        @Operation
        public int get() {
            return value;
        }
    }

    @Test
    void modelCheckingPassesALinearizableCounter() {
        new ModelCheckingOptions().iterations(10).invocationsPerIteration(200).check(QueueCounterTest.class);
    }

    @Test
    void stressTestingPassesALinearizableCounter() {
        new StressOptions().iterations(10).invocationsPerIteration(200).check(QueueCounterTest.class);
    }

    @Test
    void modelCheckingCatchesARacyCounter() {
        assertThatThrownBy(() -> new ModelCheckingOptions().iterations(20).check(RacyCounterTest.class))
                .isInstanceOf(LincheckAssertionError.class);
    }
}
