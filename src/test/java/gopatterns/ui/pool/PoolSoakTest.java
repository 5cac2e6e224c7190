package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolStats;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
 * A long class at the Pool view: 10,000 workers, run after run, on a real-time clock at 10x, for thirty
 * virtual minutes (three on the wall), with the view shown headless. Memory must stay flat: the heap after
 * the last run is within 10% of where it settled after warm-up. Not part of {@code verify}:
 *
 * <pre>mvn -B -Psoak test</pre>
 *
 * {@code -Dsoak.minutes=N} sets the virtual minutes. Figures go to {@code target/soak/pool-soak.txt}.
 */
@Tag("soak")
@ExtendWith(ApplicationExtension.class)
class PoolSoakTest {

    static final int WORKERS = 10_000;
    static final double SPEED = 10;
    static final long WARM_UP_MINUTES = 3;
    static final double HEAP_GROWTH_LIMIT = 0.10;

    private final FxRobot robot = new FxRobot();
    private PoolModel model;

    @Start
    void start(Stage stage) {
        model = new PoolModel(VirtualClock.realtime(SPEED));
        PoolStages.show(stage, model, 1280, 800);
        // Arrivals spread over a minute and holds up to 1 s: a run of about 61 virtual seconds, the pool busy,
        // at a pace the clock keeps at 10x on a small machine.
        model.setParams(PoolDemo.Params.book().withWorkers(WORKERS).withSize(PoolModel.MAX_SIZE)
                .withSpread(Duration.ofSeconds(60)));
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    @Test
    void memoryStaysFlatOverThirtyVirtualMinutes() throws Exception {
        long minutes = Long.getLong("soak.minutes", 30);
        long end = Duration.ofMinutes(minutes).toNanos();
        long warmUp = Duration.ofMinutes(Math.min(WARM_UP_MINUTES, minutes / 3)).toNanos();
        VirtualClock clock = model.clock();
        long warmHeap = -1;
        long warmDelivered = 0;
        long warmWall = 0;
        int runs = 0;
        long began = System.nanoTime();
        while (clock.nanos() < end) {
            onFx(() -> {
                model.start();
                return null;
            });
            PoolDemo demo = onFx(model::demo);
            // The run ends on its own (the demo closes its pool); frames bring the view up to date.
            WaitForAsyncUtils.waitFor(10, TimeUnit.MINUTES,
                    () -> onFx(() -> !model.isRunning() && model.bridge().pending() == 0));
            clock.awaitSettled();
            runs++;
            PoolStats core = demo.pool().stats();
            assertThat(onFx(() -> {
                model.sync();
                return model.statsFromEvents();
            })).isEqualTo(core);
            assertThat(core.balanced()).isTrue();
            assertThat(demo.connections()).allSatisfy(c -> assertThat(c.closes().get()).isEqualTo(1));
            assertThat(clock.liveParticipants()).isEmpty();
            if (warmHeap < 0 && clock.nanos() >= warmUp) {
                warmHeap = heapAfterGc();
                warmDelivered = onFx(() -> model.bridge().delivered());
                warmWall = System.nanoTime();
            }
        }
        long endHeap = heapAfterGc();
        long delivered = onFx(() -> model.bridge().delivered());
        double wallSeconds = (System.nanoTime() - began) / 1e9;
        double measuredSeconds = (System.nanoTime() - warmWall) / 1e9;
        double eventsPerSecond = (delivered - warmDelivered) / measuredSeconds;
        String report = String.format(Locale.ROOT, """
                Pool view soak: %d workers a run, real-time clock at %.0fx, %d virtual minutes
                runs: %d, wall time: %.0f s, virtual time: %.1f min
                heap after warm-up (%d virtual min, after GC): %.1f MB
                heap at the end (after GC): %.1f MB (%+.1f%%)
                events delivered to the view: %d, %.0f events per second after warm-up (%d in all)
                """, WORKERS, SPEED, minutes, runs, wallSeconds, clock.nanos() / 60e9, WARM_UP_MINUTES,
                warmHeap / 1e6, endHeap / 1e6, 100.0 * (endHeap - warmHeap) / warmHeap,
                delivered - warmDelivered, eventsPerSecond, delivered);
        System.out.print(report);
        Path out = Path.of("target", "soak", "pool-soak.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(endHeap).as(report).isLessThanOrEqualTo(Math.round(warmHeap * (1 + HEAP_GROWTH_LIMIT)));
    }

    /** Heap in use once the collector has had its say (a few rounds: one can leave garbage behind). */
    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(60, TimeUnit.SECONDS);
    }
}
