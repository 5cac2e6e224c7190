package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.common.Preset;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** File → Record run… opens the recording dialog for the page shown, with the preset chosen in the window. */
class ShellRecordMenuTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theMenuItemOpensTheDialogWithThePresetChosen() {
        fx.robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Preset> box = fx.robot.lookup("#presetBox").queryAs(ComboBox.class);
            box.getSelectionModel().select(box.getItems().stream()
                    .filter(p -> p.id().equals("runner.leak")).findFirst().orElseThrow());
        });
        fx.robot.clickOn("File").clickOn("Record run…");

        Window dialog = fx.robot.window("Record run");
        @SuppressWarnings("unchecked")
        ComboBox<Preset> preset = fx.robot.from(dialog.getScene().getRoot()).lookup("#recordPreset")
                .queryAs(ComboBox.class);
        assertThat(preset.getValue().id()).isEqualTo("runner.leak");
        assertThat(fx.robot.from(dialog.getScene().getRoot()).lookup("#recordOut").queryAs(TextField.class)
                .getText()).endsWith("runner-run.gif");
        assertThat(fx.robot.from(dialog.getScene().getRoot()).lookup("#recordStatus").queryAs(Label.class)
                .getText()).contains("name.gif");

        fx.robot.clickOn("#recordCancel");
        assertThat(dialog.isShowing()).as("Cancel closes the dialog when nothing records").isFalse();
    }
}
