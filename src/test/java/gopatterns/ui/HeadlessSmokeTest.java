package gopatterns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Proves that JavaFX UI tests run headless, on Monocle, with no display. */
@ExtendWith(ApplicationExtension.class)
class HeadlessSmokeTest {

    private Label status;

    @Start
    void start(Stage stage) {
        status = new Label("idle");
        status.setId("status");
        Button go = new Button("Go");
        go.setId("go");
        go.setOnAction(event -> status.setText("clicked"));
        stage.setScene(new Scene(new VBox(8, go, status), 320, 200));
        stage.show();
    }

    @Test
    void runsOnMonocleHeadless() throws Exception {
        Object glassApplication = Class.forName("com.sun.glass.ui.Application").getMethod("GetApplication").invoke(null);
        assertThat(glassApplication.getClass().getName()).isEqualTo("com.sun.glass.ui.monocle.MonocleApplication");
    }

    @Test
    void clickingTheButtonChangesTheLabel(FxRobot robot) {
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("idle");

        robot.clickOn("#go");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("clicked");
    }
}
