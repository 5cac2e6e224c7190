package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.pool.PoolSeries;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a long run leaves in memory is bounded: the event history, the Go log and the chart's samples. */
@ExtendWith(ApplicationExtension.class)
class BoundedBuffersTest {

    private final VirtualClock clock = VirtualClock.manual();
    private TickModel model;

    @Start
    void start(Stage stage) {
        model = new TickModel(clock);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(model::dispose);
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(60, TimeUnit.SECONDS);
    }

    private void run(int count) throws Exception {
        model.count = count;
        model.runToEnd();
    }

    @Test
    void theHistoryKeepsTheFirstEventsUpToItsLimitSoItStaysAPrefixOfTheRun() throws Exception {
        int count = SimulationModel.HISTORY_LIMIT + 5_000;
        run(count);
        var history = onFx(model::history);
        assertThat(history).hasSize(SimulationModel.HISTORY_LIMIT);
        assertThat(history.getFirst().seq()).isEqualTo(1);
        assertThat(history.getLast().seq()).isEqualTo(SimulationModel.HISTORY_LIMIT);
        assertThat(onFx(() -> model.applied.size())).isEqualTo(count);
    }

    @Test
    void theLogKeepsTheNewestLinesUpToItsLimit() throws Exception {
        model.logging = true;
        int count = 3 * SimulationModel.LOG_LIMIT + 7;
        run(count);
        var log = onFx(() -> java.util.List.copyOf(model.log()));
        assertThat(log).hasSize(SimulationModel.LOG_LIMIT);
        assertThat(log.getFirst().seq()).isEqualTo(count - SimulationModel.LOG_LIMIT + 1);
        assertThat(log.getLast().text()).endsWith("tick " + count);
    }

    @Test
    void runAfterRunHoldsOnlyTheLastRun() throws Exception {
        model.logging = true;
        for (int i = 0; i < 5; i++) {
            run(3_000 + i);
        }
        assertThat(onFx(() -> model.history().size())).isEqualTo(3_004);
        assertThat(onFx(() -> model.log().size())).isEqualTo(SimulationModel.LOG_LIMIT);
        assertThat(onFx(() -> model.log().getFirst().seq())).isEqualTo(3_004 - SimulationModel.LOG_LIMIT + 1);
        assertThat(onFx(() -> model.bridge().pending())).isZero();
    }

    @Test
    void theChartKeepsAtMostItsCapacityAndStillSpansTheWholeRun() {
        PoolSeries series = new PoolSeries();
        long last = 0;
        int largest = 0;
        // Thirty virtual minutes, an event every millisecond: 1.8 million states.
        for (long t = 0; t <= Duration.ofMinutes(30).toNanos(); t += 1_000_000) {
            series.record(t, (int) (t % 7), (int) (t % 3), t / 1_000_000);
            last = t;
            largest = Math.max(largest, series.size());
        }
        assertThat(largest).isEqualTo(PoolSeries.CAPACITY);
        assertThat(series.size()).isGreaterThan(PoolSeries.CAPACITY / 2);
        assertThat(series.at(0)).isZero();
        assertThat(series.at(series.size() - 1)).isEqualTo(last);
    }
}
