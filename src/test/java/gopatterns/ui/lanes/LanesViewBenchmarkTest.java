package gopatterns.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.lanes.LaneFold;
import gopatterns.pool.PoolDemo;
import gopatterns.ui.pool.PoolModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What one frame of the lanes costs on the FX thread at 10,000 workers (the book's demo with 10,000 workers,
 * about 90,000 events): a fresh fold of the whole history, then {@value #FRAMES} redraws of the density bands with the playhead at random instants
 * of the run, in a 1280x720 window, headless (Monocle, software rendering). Not part of {@code verify}:
 *
 * <pre>mvn -B -Pbench-ui test -Dtest=LanesViewBenchmarkTest</pre>
 *
 * Figures go to {@code target/bench-ui/lanes-view.txt}. A draw records the canvas's commands on the FX thread;
 * rasterising them happens on the render thread, as for every canvas of the app.
 */
@Tag("bench-ui")
@ExtendWith(ApplicationExtension.class)
class LanesViewBenchmarkTest {

    static final int WORKERS = 10_000;
    static final int WARM_UP = 200;
    static final int FRAMES = 500;
    /** A frame at 60 Hz is 16.7 ms; the lanes must leave most of it to the rest of the window. */
    static final double P99_TARGET_MS = 8;

    private final FxRobot robot = new FxRobot();
    private final VirtualClock clock = VirtualClock.manual();
    private PoolModel model;
    private LanesView view;

    @Start
    void start(Stage stage) {
        model = new PoolModel(clock);
        model.setParams(PoolDemo.Params.book().withWorkers(WORKERS));
        view = new LanesView(model);
        stage.setScene(new Scene(new StackPane(view), 1280, 720));
        stage.show();
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    @Test
    void oneFrameAtTenThousandWorkers() throws IOException {
        robot.interact(model::start);
        clock.runUntilIdle();
        robot.interact(() -> {
            do {
                model.sync();
            } while (model.bridge().pending() > 0);
        });
        LanesSkin skin = (LanesSkin) view.getSkin();
        robot.interact(() -> skin.refresh(true));
        // The fold of the whole history afresh, as a new run's or a reset's would be (the view folds per frame).
        long[] fold = new long[1];
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                LaneFold f = LaneFold.forRunOf(model.history().getFirst());
                model.history().forEach(f::apply);
                fold[0] = System.nanoTime() - t0;
            }
        });
        int events = model.history().size();
        long end = skin.fold().latest();
        assertThat(skin.painter().aggregated()).isTrue();
        double[] ms = new double[FRAMES];
        robot.interact(() -> view.playheadNanosProperty().unbind());
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < WARM_UP + FRAMES; i++) {
            int frame = i;
            long at = random.nextLong(end + 1);
            // One draw a pulse, as in the app: the canvas hands its commands to the renderer in between.
            robot.interact(() -> {
                view.playheadNanosProperty().set(at);
                long took = skin.draw();
                if (frame >= WARM_UP) {
                    ms[frame - WARM_UP] = took / 1e6;
                }
            });
        }
        Arrays.sort(ms);
        double median = ms[FRAMES / 2];
        double p99 = ms[FRAMES * 99 / 100];
        String report = String.format(Locale.ROOT, "lanes view, %d workers, %d events, 1280x720, density bands%n"
                        + "fold of the whole history: %.1f ms%n"
                        + "one frame's draw at a random playhead (%d frames): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                WORKERS, events, fold[0] / 1e6, FRAMES, median, p99, ms[FRAMES - 1]);
        System.out.print(report);
        Path out = Path.of("target", "bench-ui", "lanes-view.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(events).as("events of the run").isGreaterThan(80_000);
        assertThat(p99).as("p99 of one frame's draw, ms").isLessThan(P99_TARGET_MS);
    }
}
