package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.runner.RunnerModel;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Once a run has ended there is nothing to pause: the bar's Pause says so until there is again. */
@ExtendWith(ApplicationExtension.class)
class TransportBarEndTest {

    private final VirtualClock clock = VirtualClock.manual();
    private RunnerModel model;
    private ToggleButton pause;

    @Start
    void start(Stage stage) {
        model = new RunnerModel(clock);
        TransportBar bar = new TransportBar();
        bar.setModel(model);
        stage.setScene(new Scene(bar, 900, 80));
        stage.show();
        pause = (ToggleButton) stage.getScene().lookup("#pauseButton");
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(model::dispose);
    }

    /** Runs virtual time until the run's threads have nothing left to do, and shows where it stopped. */
    private void runToEnd(FxRobot robot) {
        clock.runUntilIdle();
        clock.awaitSettled();
        robot.interact(model::sync);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pauseIsDisabledOnceTheRunHasEndedAndComesBackWithTheNextRun(FxRobot robot) {
        assertThat(pause.isDisabled()).as("before any run").isFalse();
        robot.interact(model::start);
        assertThat(pause.isDisabled()).as("while the run goes").isFalse();
        runToEnd(robot);
        assertThat(model.startedProperty().get()).isTrue();
        assertThat(model.isRunning()).as("the run has ended").isFalse();
        assertThat(pause.isDisabled()).as("after the run ended").isTrue();
        robot.interact(model::reset);
        assertThat(pause.isDisabled()).as("after Reset").isFalse();
        robot.interact(model::start);
        assertThat(pause.isDisabled()).as("in the next run").isFalse();
    }

    @Test
    void lookingBackAtAnEndedRunPauseStartsAndStopsThePlayback(FxRobot robot) {
        robot.interact(model::start);
        runToEnd(robot);
        robot.interact(model::stepBack);
        assertThat(model.liveProperty().get()).isFalse();
        assertThat(pause.isDisabled()).as("looking back, Pause plays the run").isFalse();
        robot.interact(model::toLive);
        assertThat(pause.isDisabled()).as("back at the live edge of the ended run").isTrue();
    }
}
