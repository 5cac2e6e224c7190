package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import gopatterns.ui.common.Page;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * "What just happened" explains the newest event that has an explanation, whatever events one frame took in:
 * stepping through the book's pool demo, a step whose last event is a worker being done (which only echoes its
 * release) shows that release's explanation, not what an earlier step said.
 */
class ShellExplainLineTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aStepEndingWithAnEchoExplainsTheNewestEventThatHasAnExplanation() {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        Page pool = fx.onFx(() -> fx.shell.pages().get(1));
        fx.robot.interact(fx.shell::step); // starts the run paused at its first event
        fx.settle();
        int echoes = 0;
        for (int i = 0; i < 60 && fx.pool.isRunning(); i++) {
            fx.robot.interact(fx.shell::step);
            fx.settle();
            List<PoolEvent> history = fx.onFx(fx.pool::history);
            if (history.getLast() instanceof PoolEvent.WorkerDone) {
                echoes++;
                String expected = fx.onFx(() -> newestExplained(pool, history).orElseThrow());
                assertThat(fx.text("#explainText")).as("after step %d", i).isEqualTo(expected);
            }
        }
        assertThat(echoes).as("steps that ended with a worker done").isPositive();
    }

    private static Optional<String> newestExplained(Page page, List<? extends GoEvent> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Optional<String> text = page.explain(history.get(i));
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
