package gopatterns.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.runner.RunnerPage;
import gopatterns.ui.runner.RunnerPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The pair on a real-time clock, as in the app: virtual time flows between any two readings, so two sides that
 * read the clock each for itself, or start one after the other, would be apart. Nothing here waits for time to
 * pass: the checks hold at whatever instants the frames happen to fall.
 */
@ExtendWith(ApplicationExtension.class)
class CompareClockTest {

    private final FxRobot robot = new FxRobot();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void close() {
        robot.interact(() -> toClose.forEach(c -> {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private CompareModel<RunnerModel, ?> pair() {
        VirtualClock source = VirtualClock.manual();
        VirtualClock clock = VirtualClock.realtime(VirtualClock.MAX_SPEED);
        CompareModel<RunnerModel, ?> m = new CompareModel<>(
                new RunnerPattern(new RunnerPage(new RunnerModel(source))), clock);
        toClose.add(source);
        toClose.add(m::dispose);
        return m;
    }

    @Test
    void bothRunsStartAtOneInstantAndEveryFrameShowsBothAtOneInstant() {
        robot.interact(() -> {
            CompareModel<RunnerModel, ?> m = pair();
            m.start();
            RunnerEvent left = m.left().history().getFirst();
            RunnerEvent right = m.right().history().getFirst();
            assertThat(left).isInstanceOf(RunnerEvent.Created.class);
            assertThat(left.at()).as("the two runners are created at one virtual instant").isEqualTo(right.at());
            // Until a run ends: then the fix's time stops and the leak's goes on, by design.
            for (int frame = 0; frame < 200 && m.left().endingProperty().get() == null
                    && m.right().endingProperty().get() == null; frame++) {
                m.sync();
                Duration shown = m.timeProperty().get();
                assertThat(m.left().timeProperty().get()).as("left, frame %d", frame).isEqualTo(shown);
                assertThat(m.right().timeProperty().get()).as("right, frame %d", frame).isEqualTo(shown);
            }
        });
    }

    @Test
    void anInterruptReachesBothRunnersAtOneInstant() {
        robot.interact(() -> {
            CompareModel<RunnerModel, ?> m = pair();
            m.start();
            m.act();
            RunnerEvent.InterruptRequested left = interrupt(m.left());
            RunnerEvent.InterruptRequested right = interrupt(m.right());
            assertThat(left.at()).isEqualTo(right.at());
        });
    }

    private static RunnerEvent.InterruptRequested interrupt(RunnerModel m) {
        return m.history().stream().filter(e -> e instanceof RunnerEvent.InterruptRequested)
                .map(RunnerEvent.InterruptRequested.class::cast).findFirst().orElseThrow();
    }
}
