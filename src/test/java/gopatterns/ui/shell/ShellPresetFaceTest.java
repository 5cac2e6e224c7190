package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Preset;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The preset box names the story whose parameters are in effect, never "Choose a story…" beside the book's
 * numbers; and a page switch that stops a run says so in the status bar.
 */
class ShellPresetFaceTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private String face() {
        return fx.onFx(() -> fx.robot.lookup("#presetBox").queryAs(ComboBox.class).getButtonCell().getText());
    }

    private String title(String presetId) {
        return fx.onFx(() -> new Preset(presetId, () -> { }).title());
    }

    @Test
    void atFirstStartAndAfterComingBackTheBoxNamesThePresetInEffect() {
        assertThat(face()).as("the runner starts with the book's parameters").isEqualTo(title("runner.book"));
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.settle();
        assertThat(face()).isEqualTo(title("pool.at-once"));
        fx.robot.interact(() -> fx.shell.selectPage(0));
        fx.settle();
        assertThat(face()).isEqualTo(title("runner.book"));
    }

    @Test
    void parametersOfNoPresetLeaveThePrompt() {
        fx.robot.interact(() -> {
            fx.shell.selectPage(1);
            fx.pool.setParams(fx.pool.params().withWorkers(7));
            fx.shell.selectPage(0);
            fx.shell.selectPage(1);
        });
        fx.settle();
        assertThat(face()).isEqualTo(fx.onFx(() -> I18n.get("preset.prompt")));
    }

    @Test
    void leavingAViewMidRunSaysItsRunWasStopped() {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.robot.interact(fx.shell::startOrPause);
        fx.poolClock().advanceTo(500_000_000L);
        fx.settle();
        assertThat(fx.onFx(fx.pool::isRunning)).isTrue();
        fx.robot.interact(() -> fx.shell.selectPage(0));
        fx.settle();
        assertThat(fx.onFx(fx.pool::isRunning)).isFalse();
        assertThat(fx.text("#statusMessage"))
                .isEqualTo(fx.onFx(() -> I18n.get("status.leftRun", I18n.get("pool.title"))));
    }

    @Test
    void leavingAViewWithNoRunSaysNothing() {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.settle();
        assertThat(fx.text("#statusMessage")).isEmpty();
    }
}
