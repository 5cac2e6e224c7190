package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.pool.ConnectionMove;
import gopatterns.history.pool.PoolFold;
import gopatterns.pool.PoolMode;
import gopatterns.ui.screen.ScreenContract;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
            Step step = WaitForAsyncUtils.waitForAsyncFx(30_000, () -> {
                long before = model.moveCount();
                model.sync();
                ScreenContract.finishMotion(showcase.getScene());
                return new Step(handedOver(model.movesSince(before)), tileIds());
            });
            assertThat(step.tiles()).as("tiles after step %d", i).doesNotHaveDuplicates();
            if (step.handedOver() > 0) {
                handovers++;
                assertThat(step.tiles()).as("tiles after step %d", i).contains("C" + step.handedOver());
            }
        }
        assertThat(handovers).as("steps in which a connection went back into a slot and out again").isPositive();
    }

    /** What one step did: the connection returned and taken again in it (or 0), and the tiles shown after. */
    private record Step(long handedOver, List<String> tiles) {}

    private static long handedOver(List<PoolFold.Move> moves) {
        Set<Long> returned = new HashSet<>();
        for (PoolFold.Move m : moves) {
            if (m.kind() == ConnectionMove.RETURNED) {
                returned.add(m.connection());
            } else if (m.kind() == ConnectionMove.TAKEN && returned.contains(m.connection())) {
                return m.connection();
            }
        }
        return 0;
    }

    /** The ids on the connection tiles shown now (moving or resting). FX thread. */
    private List<String> tileIds() {
        return showcase.lookupAll("." + ScreenContract.MOVING_TILE).stream()
                .filter(Node::isVisible)
                .map(n -> ((Label) n.lookup(".tile-id")).getText())
                .toList();
    }
}
