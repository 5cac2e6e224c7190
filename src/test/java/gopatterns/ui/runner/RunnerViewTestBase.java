package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.history.runner.TaskState;
import gopatterns.ui.common.SimulationModel;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A Runner view in a 1280x800 window on a manual clock, and ways to read what it shows. */
@ExtendWith(ApplicationExtension.class)
abstract class RunnerViewTestBase {

    RunnerFixture fx;

    /** Subclasses call it from their own {@code @Start} method (TestFX looks for it in the test class only). */
    void show(Stage stage) {
        fx = new RunnerFixture(new FxRobot());
        fx.show(stage, RunnerShowcase.WIDTH, RunnerShowcase.HEIGHT);
    }

    @AfterEach
    void disposeRun() {
        fx.dispose();
    }

    String text(String id) {
        return fx.lookup(id, Label.class).getText();
    }

    boolean shown(String id) {
        Node n = fx.lookup(id, Node.class);
        return n.isVisible() && (n.getParent() == null || n.getParent().isVisible());
    }

    static boolean marked(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    boolean marked(String id, String pseudoClass) {
        return marked(fx.lookup(id, Node.class), pseudoClass);
    }

    TaskCard card(int task) {
        return fx.lookup("#task-card-" + task, TaskCard.class);
    }

    /** The state word the card shows. */
    String cardState(int task) {
        return fx.robot.from(card(task)).lookup(".task-state").queryAs(Label.class).getText();
    }

    /** The column the card is laid out in, once its slide has ended. */
    TaskState.Column cardColumn(int task) {
        return fx.onFx(() -> {
            TaskLane lane = fx.view().lane();
            lane.finishMotion();
            return lane.columnAt(card(task).getBoundsInParent().getCenterX());
        });
    }

    /** The log pane's lines as shown. */
    @SuppressWarnings("unchecked")
    List<SimulationModel.LogLine> logShown() {
        return List.copyOf(((ListView<SimulationModel.LogLine>) fx.lookup("#logList", ListView.class)).getItems());
    }

    /** The log pane's messages without their time stamps. */
    List<String> logMessages() {
        return logShown().stream().map(l -> l.text().substring("2026/11/27 01:45:38 ".length())).toList();
    }

    void assertLiveThreads(int n) {
        assertThat(fx.clock.liveParticipants()).hasSize(n);
        assertThat(text("#liveThreads")).isEqualTo(gopatterns.ui.I18n.get("threads.live", n));
    }
}
