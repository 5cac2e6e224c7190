package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.pool.PoolEvent;
import gopatterns.ui.pool.PoolEventText;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.Start;

/**
 * The pool's caption over the workers and the window's explanation line speak of the same event at every
 * instant of a run: a class reading both never sees "every slot is full" beside "25 workers are started".
 */
class ShellPoolExplainTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pool.at-once", "pool.spread"})
    void theExplanationDescribesTheCaptionsEvent(String preset) {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.choosePreset(preset);
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        int checked = 0;
        for (double at : new double[] {0.01, 0.35, 0.91, 1.3, 2.2, 3.7, 4.4, 5.6}) {
            fx.poolClock().advanceTo(Math.round(at * 1e9));
            fx.settle();
            if (!fx.onFx(fx.pool::isRunning)) {
                break;
            }
            PoolEvent shown = fx.onFx(() -> fx.pool.notableEventProperty().get());
            assertThat(shown).as("an event is captioned at %.2f s", at).isNotNull();
            PoolEventText.Sentence words = fx.onFx(() -> PoolEventText.of(shown));
            assertThat(fx.text("#eventCaption")).as("caption at %.2f s", at)
                    .isEqualTo(fx.onFx(words::caption));
            assertThat(fx.text("#explainText")).as("explanation at %.2f s", at)
                    .isEqualTo(fx.onFx(words::explanation));
            checked++;
        }
        assertThat(checked).as("instants checked mid-run").isGreaterThanOrEqualTo(3);
    }
}
