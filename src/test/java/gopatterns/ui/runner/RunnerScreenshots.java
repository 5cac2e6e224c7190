package gopatterns.ui.runner;

import gopatterns.ui.Screenshots;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Pictures of the Runner view for the README: {@code mvn -Pscreenshots test}. */
@Tag("screenshots")
class RunnerScreenshots extends RunnerViewTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void save(String name) {
        fx.robot.interact(() -> {
            fx.view().lane().finishMotion();
            Screenshots.save(fx.scene.getRoot(), name);
        });
    }

    @Test
    void idle() {
        save("runner-idle");
    }

    @Test
    void runningWithAnInterruptPending() {
        fx.start();
        fx.at(0.6);
        fx.robot.clickOn("#interruptButton");
        fx.at(0.7);
        save("runner-interrupt-pending");
    }

    @Test
    void afterATimeoutWithTheLeak() {
        fx.robot.interact(() -> {
            fx.model.taskCountProperty().set(4);
            fx.model.timeoutSecondsProperty().set(2.5);
        });
        fx.start();
        fx.at(3.5);
        save("runner-timeout-leak");
    }
}
