package gopatterns.ui.runner;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.Screenshots;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Runner view in a window on a manual clock, for the tests: move the clock, bring the model up to date on
 * the FX thread, then look at what the view shows.
 */
final class RunnerFixture {

    final VirtualClock clock = VirtualClock.manual(Screenshots.EPOCH);
    final RunnerModel model = new RunnerModel(clock);
    final FxRobot robot;
    Scene scene;

    RunnerFixture(FxRobot robot) {
        this.robot = robot;
    }

    /** Shows the view under its transport bar. FX thread. */
    void show(Stage stage, double width, double height) {
        scene = RunnerShowcase.scene(model, width, height);
        stage.setScene(scene);
        // The test stage is shared by every test: a size set by an earlier one must not stay.
        stage.setFullScreen(false);
        stage.sizeToScene();
        stage.show();
        stage.requestFocus();
    }

    /** A new view (and transport bar) of the same model in the same window, as a language switch makes. FX thread. */
    void rebuild() {
        view().release();
        scene.setRoot(gopatterns.ui.common.Showcase.content(model, new RunnerView(model)));
    }

    /** Waits until the run's threads are blocked on the clock, then brings the view up to date. */
    void settle() {
        clock.awaitSettled();
        robot.interact(model::sync);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Computes something on the FX thread and returns it. */
    <T> T onFx(java.util.concurrent.Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("on the FX thread: " + e, e);
        }
    }

    void start() {
        robot.interact(model::start);
        settle();
    }

    /** Moves the virtual clock to {@code seconds} after the run started (the manual clock starts at 0). */
    void at(double seconds) {
        clock.advanceTo(Math.round(seconds * 1e9));
        settle();
    }

    void advance(Duration d) {
        clock.advance(d);
        settle();
    }

    /** Plays the run to its end (and the leaked goroutine's, if any, to its block). */
    void runToEnd() {
        clock.runUntilIdle();
        settle();
    }

    <T extends Node> T lookup(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    RunnerView view() {
        return lookup("#runnerView", RunnerView.class);
    }

    void dispose() {
        robot.interact(model::dispose);
    }
}
