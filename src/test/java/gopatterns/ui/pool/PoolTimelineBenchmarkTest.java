package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.History;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.ui.common.SimulationModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline at scale: a 10,000-worker pool run (about 90,000 events) on a manual clock, in the pool view at
 * 1280x800 under its transport bar and timeline, headless (Monocle, software rendering). Not part of
 * {@code verify}, and it fails only if the run is not what it should be; the figures are the point:
 *
 * <pre>mvn -B -Pbench-ui test -Dtest=PoolTimelineBenchmarkTest</pre>
 *
 * <ul>
 *   <li><b>jump</b>: FX-thread wall and CPU time of a jump to a random event of the finished run: the seek (the fold of
 *       the events up to there, one frame), then CSS and layout of the window, in which the views, the timeline
 *       and the log take the new state; {@value #JUMPS} jumps after {@value #WARM_UP} unmeasured ones;</li>
 *   <li><b>history memory</b>: heap after a full GC with the run's events held by a {@link History} alone,
 *       less the heap after letting it go, per event: the events themselves and the history's references.</li>
 * </ul>
 * Figures go to {@code target/bench-ui/timeline.txt}.
 */
@Tag("bench-ui")
@ExtendWith(ApplicationExtension.class)
class PoolTimelineBenchmarkTest {

    static final int WORKERS = 10_000;
    static final int JUMPS = 400;
    static final int WARM_UP = 100;
    static final double P99_TARGET_MS = 50;
    static final double BYTES_TARGET = 100;

    private final FxRobot robot = new FxRobot();
    private VirtualClock clock;
    private PoolModel model;
    private Parent root;
    /** The events alone, for the memory figure; a field, so that nothing but it keeps them. */
    private History<PoolEvent> held;

    @Start
    void start(Stage stage) {
        clock = VirtualClock.manual();
        model = new PoolModel(clock);
        root = PoolStages.show(stage, model, 1280, 800);
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    @Test
    void jumpsAndHistoryMemoryAt10000Workers() throws Exception {
        // The book's demo at 10,000 workers and 20 slots, everyone at once: every acquire makes a connection and
        // nearly every release closes one, 9 events a worker, the most a worker makes in any mode (a wait in
        // bounded mode replaces a create and a close).
        robot.interact(() -> model.setParams(PoolDemo.Params.book().withWorkers(WORKERS)
                .withSize(PoolModel.MAX_SIZE)));
        robot.interact(model::start);
        clock.runUntilIdle();
        robot.interact(model::sync);
        int events = fx(() -> model.history().size());
        assertThat(fx(model::isRunning)).as("the run ended").isFalse();
        assertThat(events).isGreaterThanOrEqualTo(9 * WORKERS - 100);

        Random random = new Random(1);
        double[] ms = new double[JUMPS];
        double[] cpuMs = new double[JUMPS];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = -WARM_UP; i < JUMPS; i++) {
            int k = random.nextInt(events + 1);
            double[] took = fx(() -> {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                model.seek(k);
                root.applyCss();
                root.layout();
                return new double[] {(System.nanoTime() - t0) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpu0) / 1e6};
            });
            assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(k);
            if (i >= 0) {
                ms[i] = took[0];
                cpuMs[i] = took[1];
            }
            WaitForAsyncUtils.waitForFxEvents(); // the pulse that renders it, outside the measure
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);

        // Memory: the same events held by a History alone, then not at all.
        History<PoolEvent> copy = new History<>(SimulationModel.HISTORY_LIMIT);
        robot.interact(() -> model.history().forEach(copy::append));
        robot.interact(model::reset);
        held = copy;
        long withHistory = heapAfterGc();
        held = null;
        copy.clear();
        long without = heapAfterGc();
        double perEvent = (withHistory - without) / (double) events;

        String report = String.format(Locale.ROOT, """
                Timeline at %,d workers: %,d events (pool view 1280x800, headless Monocle, sw rendering)
                jump to a random event on the FX thread (seek + CSS + layout), %d jumps after %d warm-up:
                  wall time  median %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms   (target p99 <= %.0f ms)
                  CPU time   median %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms
                  (wall time includes GC pauses and waiting for a core on a busy machine; CPU time does not)
                history memory: %.1f bytes per event (%,d bytes for %,d events; target <= %.0f)
                """, WORKERS, events, JUMPS, WARM_UP, ms[JUMPS / 2], ms[JUMPS * 9 / 10], ms[JUMPS * 99 / 100],
                ms[JUMPS - 1], P99_TARGET_MS, cpuMs[JUMPS / 2], cpuMs[JUMPS * 9 / 10], cpuMs[JUMPS * 99 / 100],
                cpuMs[JUMPS - 1], perEvent, withHistory - without, events, BYTES_TARGET);
        System.out.print(report);
        write(report);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void write(String report) throws IOException {
        Path dir = Path.of("target", "bench-ui");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("timeline.txt"), report);
    }

    private <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(120, TimeUnit.SECONDS);
    }
}
