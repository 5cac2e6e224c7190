package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.runner.RunnerModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shared transport bar drives the model it is bound to. */
@ExtendWith(ApplicationExtension.class)
class TransportBarTest {

    private final VirtualClock clock = VirtualClock.realtime(1.0);
    private RunnerModel model;

    @Start
    void start(Stage stage) {
        clock.pause();
        model = new RunnerModel(clock);
        TransportBar bar = new TransportBar();
        bar.setModel(model);
        stage.setScene(new Scene(bar, 900, 80));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(model::dispose);
    }

    @Test
    void pauseResumesAndPausesTheClock(FxRobot robot) {
        ToggleButton pause = robot.lookup("#pauseButton").queryAs(ToggleButton.class);
        assertThat(pause.isSelected()).isTrue();
        assertThat(pause.getText()).isEqualTo(gopatterns.ui.I18n.get("transport.resume"));
        robot.clickOn(pause);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clock.isPaused()).isFalse();
        assertThat(pause.isSelected()).isFalse();
        assertThat(pause.getText()).isEqualTo(gopatterns.ui.I18n.get("transport.pause"));
        robot.clickOn(pause);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clock.isPaused()).isTrue();
        assertThat(pause.isSelected()).isTrue();
    }

    @Test
    void startAndResetRunTheModel(FxRobot robot) {
        robot.clickOn(robot.lookup("#startButton").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.isRunning()).isTrue();
        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.startedProperty().get()).isFalse();
        clock.awaitSettled();
        assertThat(clock.liveParticipants()).isEmpty();
    }
}
