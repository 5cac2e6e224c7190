package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.I18n;
import gopatterns.ui.common.FrameBridge;
import gopatterns.ui.common.TickModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exceptions nobody expected: logged, shown as one readable line, the run that hit them failed, and the app
 * (its frames, its other events) goes on.
 */
@ExtendWith(ApplicationExtension.class)
class CrashGuardTest {

    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final VirtualClock clock = VirtualClock.manual();
    private CrashGuard guard;
    private TickModel model;

    @Start
    void start(Stage stage) {
        guard = CrashGuard.install(shown::add);
        model = new TickModel(clock);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            model.dispose();
            guard.uninstall();
        });
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
    }

    /** Waits for animation frames (not for time): the timer must still be drawing frames. */
    private static void awaitFrames(FrameBridge<?> bridge, long frames) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> bridge.frames() >= frames));
    }

    @Test
    void anEventTheViewCannotShowFailsTheRunButTheFrameAndTheTimerGoOn() throws Exception {
        model.bad = 100;
        onFx(() -> {
            model.attach();
            model.start();
            return null;
        });
        // Queued by the run's thread; the animation timer, not a test's drain, hands them over.
        clock.advance(Duration.ofMillis(1));
        long framesBefore = onFx(() -> model.bridge().frames());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> onFx(() -> model.bridge().pending() == 0 && model.history().size() == 600));
        awaitFrames(model.bridge(), framesBefore + 3);
        assertThat(onFx(() -> model.applied)).hasSize(599).doesNotContain(100L);
        assertThat(onFx(() -> model.history().stream().map(TickModel.Tick::seq).toList()))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 600).boxed().toList());
        assertThat(onFx(() -> model.failureProperty().get()))
                .isEqualTo("IllegalStateException: cannot show tick 100");
        assertThat(onFx(model::isRunning)).isFalse();
        // The next run starts and is shown in full.
        model.bad = -1;
        model.runToEnd();
        assertThat(onFx(() -> model.applied)).hasSize(600);
        assertThat(onFx(() -> model.failureProperty().get())).isEmpty();
    }

    @Test
    void aFrameThatThrowsIsReportedAndTheTimerKeepsDrawing() throws Exception {
        AtomicInteger frames = new AtomicInteger();
        FrameBridge<TickModel.Tick> bridge = new FrameBridge<>(new FrameBridge.Sink<>() {
            @Override
            public void onEvents(List<TickModel.Tick> batch) {
            }

            @Override
            public void onFrame() {
                if (frames.incrementAndGet() == 2) {
                    throw new IllegalArgumentException("frame two");
                }
            }
        });
        onFx(() -> {
            bridge.start();
            return null;
        });
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> frames.get() >= 6);
        } finally {
            onFx(() -> {
                bridge.stop();
                return null;
            });
        }
        assertThat(guard.caught()).extracting(Throwable::getMessage).containsExactly("frame two");
        assertThat(shown).containsExactly(I18n.get("error.uncaught", "IllegalArgumentException: frame two"));
    }

    @Test
    void anExceptionThatEndsARunThreadFailsThatRun() throws Exception {
        model.count = 3;
        model.threadBody = () -> {
            throw new UnsupportedOperationException("worker gave up");
        };
        model.runToEnd();
        assertThat(onFx(() -> model.failureProperty().get())).isEqualTo("UnsupportedOperationException: worker gave up");
        assertThat(onFx(model::isRunning)).isFalse();
        assertThat(onFx(() -> model.history())).hasSize(3);
        assertThat(clock.liveParticipants()).isEmpty();
        // A run's failure is its model's to show; the guard saw nothing.
        assertThat(guard.caught()).isEmpty();
    }

    @Test
    void exceptionsOnTheFxThreadAndOnStrayThreadsAreShownAndTheAppGoesOn() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("button handler");
        });
        Thread stray = new Thread(() -> {
            throw new ArithmeticException("stray");
        }, "stray");
        stray.start();
        stray.join(TimeUnit.SECONDS.toMillis(30));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guard.caught()).extracting(Throwable::getMessage)
                .containsExactlyInAnyOrder("button handler", "stray");
        assertThat(shown).containsExactlyInAnyOrder(
                I18n.get("error.uncaught", "IllegalStateException: button handler"),
                I18n.get("error.uncaught", "ArithmeticException: stray"));
        // Still responsive: a run starts and shows its events.
        model.runToEnd();
        assertThat(onFx(() -> model.applied)).hasSize(600);
    }
}
