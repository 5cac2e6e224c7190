package gopatterns.ui.compare;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.shell.ShellFixture;
import java.nio.file.Path;
import java.time.Duration;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on manual clocks, in compare mode: move the pair's one clock, then look at both sides. */
final class CompareFixture {

    final ShellFixture fx;

    CompareFixture(Path config) {
        fx = new ShellFixture(new FxRobot(), config);
    }

    /** Over a main window already open. */
    CompareFixture(ShellFixture fx) {
        this.fx = fx;
    }

    void show(Stage stage) {
        fx.robot.interact(() -> fx.show(stage));
    }

    /** Opens compare mode on page {@code page} (0 runner, 1 pool) with the pair {@code pair} (null: same settings). */
    void open(int page, String pair) {
        fx.robot.interact(() -> {
            fx.shell.selectPage(page);
            fx.shell.compare(pair);
        });
        settle();
    }

    /** Opens compare mode on {@code page} with {@code pair}, presses Start and lets {@code d} of the pair's time pass. */
    <M extends SimulationModel<?>> CompareModel<M, ?> startFor(int page, String pair, Duration d) {
        open(page, pair);
        press(fx.shell::startOrPause);
        advance(d);
        return model();
    }

    @SuppressWarnings("unchecked")
    <M extends SimulationModel<?>> CompareModel<M, ?> model() {
        return (CompareModel<M, ?>) fx.shell.comparing().orElseThrow().model();
    }

    VirtualClock clock() {
        return model().clock();
    }

    /** Waits until the runs' threads are blocked on the one clock, then draws one frame of the pair. */
    void settle() {
        fx.shell.comparing().ifPresent(c -> c.model().clock().awaitSettled());
        fx.robot.interact(() -> fx.shell.comparing().ifPresent(c -> c.model().sync()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Does what a user does ({@code action} on the FX thread), then draws a frame. */
    void press(Runnable action) {
        fx.robot.interact(action);
        settle();
    }

    /** Runs the pair's clock until nothing is left to wake, and draws a frame. */
    void runToEnd() {
        clock().runUntilIdle();
        settle();
    }

    /** Moves the pair's clock by {@code d} and draws a frame. */
    void advance(Duration d) {
        clock().advance(d);
        settle();
    }

    /** The table of outcomes as shown, by side then column; empty while it is hidden. */
    java.util.List<java.util.List<String>> table() {
        return fx.onFx(() -> fx.shell.comparing().orElseThrow().view().table().isVisible()
                ? fx.shell.comparing().orElseThrow().view().table().shown() : java.util.List.of());
    }

    void close() {
        fx.close();
    }
}
