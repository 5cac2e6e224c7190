package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.pool.PoolMode;
import gopatterns.ui.I18n;
import gopatterns.ui.Screenshots;
import gopatterns.ui.common.Showcase;
import gopatterns.ui.screen.ScreenContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the pool view for the README, at 1280x800, on a manual clock so that each is the same every
 * time: {@code mvn -Pscreenshots test} writes {@code screenshots/pool-*.png}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class PoolScreenshotsTest {

    private final FxRobot robot = new FxRobot();
    private VirtualClock clock;
    private PoolModel model;
    private BorderPane showcase;

    @Start
    void start(Stage stage) {
        clock = VirtualClock.manual(Screenshots.EPOCH);
        model = new PoolModel(clock);
        showcase = PoolStages.show(stage, model, 1280, 800);
        Screenshots.stillFrames(model);
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    @Test
    void bookDemoMidRun() {
        shoot("pool-book-mid-run", m -> { }, Duration.ofMillis(420));
    }

    @Test
    void reuseWithSpreadArrivals() {
        shoot("pool-reuse-spread", m -> m.spreadSecondsProperty().set(5), Duration.ofMillis(3200));
    }

    @Test
    void boundedModeWithWaiters() {
        shoot("pool-bounded-waiters", m -> {
            m.modeProperty().set(PoolMode.BOUNDED);
            m.maxTotalProperty().set(5);
            m.sizeProperty().set(3);
        }, Duration.ofMillis(700));
    }

    @Test
    void closedMidRun() {
        robot.interact(() -> model.spreadSecondsProperty().set(2));
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(900));
        robot.interact(model::closePool);
        shoot("pool-closed-mid-run", m -> { }, null);
    }

    @Test
    void bookDemoInChinese() {
        robot.interact(() -> {
            I18n.localeProperty().set(I18n.CHINESE);
            view().detach();
            BorderPane rebuilt = Showcase.content(model, new PoolView(model));
            showcase.getScene().setRoot(rebuilt);
            showcase = rebuilt;
            Screenshots.stillFrames(model);
        });
        try {
            shoot("pool-book-zh", m -> { }, Duration.ofMillis(420));
        } finally {
            robot.interact(() -> I18n.localeProperty().set(I18n.ENGLISH));
        }
    }

    @Test
    void tenThousandWorkers() {
        shoot("pool-10000-workers", m -> {
            m.workersProperty().set(10_000);
            m.sizeProperty().set(PoolModel.MAX_SIZE);
            m.spreadSecondsProperty().set(10);
        }, Duration.ofMillis(5_500));
    }

    /**
     * Sets the parameters, runs to {@code at} (null: as it is), then one more step so that a few tiles move, and
     * saves the picture with them landed: a tile stopped half way could stand over a word.
     */
    private void shoot(String name, Consumer<PoolModel> setUp, Duration at) {
        if (at != null) {
            robot.interact(() -> setUp.accept(model));
            robot.interact(model::start);
            clock.advance(at);
        }
        robot.interact(() -> {
            model.sync();
            view().clearFlights();
        });
        clock.step();
        AtomicReference<Path> file = new AtomicReference<>();
        robot.interact(() -> {
            model.sync();
            ScreenContract.finishMotion(showcase.getScene());
            file.set(Screenshots.save(showcase, name));
        });
        assertThat(file.get()).exists();
        assertThat(sizeOf(file.get())).isGreaterThan(10_000);
    }

    private PoolView view() {
        return (PoolView) showcase.getCenter();
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
