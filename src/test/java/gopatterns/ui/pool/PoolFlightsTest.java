package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.pool.PoolMode;
import gopatterns.ui.screen.ScreenContract;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A connection is shown in one place at a time: when it goes back into a slot and a waiting worker takes it at
 * the same instant, the tile of its return does not stay in the slot beside the tile at the worker.
 */
@ExtendWith(ApplicationExtension.class)
class PoolFlightsTest {

    private final FxRobot robot = new FxRobot();
    private VirtualClock clock;
    private PoolModel model;
    private BorderPane showcase;

    @Start
    void start(Stage stage) {
        clock = VirtualClock.manual();
        model = new PoolModel(clock);
        showcase = PoolStages.show(stage, model, 1280, 800);
        model.bridge().stop(); // the view changes only when the test brings it up to date
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    @Test
    void aConnectionReturnedAndTakenAtOneInstantIsShownOnce() {
        // Bounded at 5 with 3 slots: twenty workers wait, and each release hands its connection on at once.
        robot.interact(() -> {
            model.modeProperty().set(PoolMode.BOUNDED);
            model.maxTotalProperty().set(5);
            model.sizeProperty().set(3);
            model.start();
        });
        clock.advance(Duration.ofMillis(700));
        robot.interact(model::sync);
        int handovers = 0;
        for (int i = 0; i < 40 && model.isRunning(); i++) {
            clock.step();
            clock.awaitSettled();
            // In one go on the FX thread: no pulse in between ends a resting tile early.
            List<String> shown = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
                model.sync();
                ScreenContract.finishMotion(showcase.getScene());
                return tileIds();
            });
            if (shown.size() > 1) {
                handovers++;
            }
            assertThat(shown).as("tiles after step %d", i).doesNotHaveDuplicates();
        }
        assertThat(handovers).as("steps that moved more than one tile").isPositive();
    }

    /** The ids on the connection tiles shown now (moving or resting). FX thread. */
    private List<String> tileIds() {
        return showcase.lookupAll("." + ScreenContract.MOVING_TILE).stream()
                .filter(Node::isVisible)
                .map(n -> ((Label) n.lookup(".tile-id")).getText())
                .toList();
    }
}
