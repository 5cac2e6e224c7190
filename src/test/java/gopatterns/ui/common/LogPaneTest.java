package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Go log follows its newest line (wholly in view, at the bottom) until the user scrolls up; then it stays
 * where the user put it and a "Newest" button brings the newest line back and follows again.
 */
@ExtendWith(ApplicationExtension.class)
class LogPaneTest {

    private final FxRobot robot = new FxRobot();
    private final ObservableList<SimulationModel.LogLine> lines = FXCollections.observableArrayList();
    private LogPane pane;
    private long seq;

    @Start
    void start(Stage stage) {
        pane = new LogPane(lines);
        // An odd height: the viewport holds a whole number of lines plus a part of one.
        stage.setScene(Showcase.scene(pane, 420, 217, List.of(Showcase.commonStylesheet())));
        stage.setFullScreen(false);
        stage.sizeToScene();
        stage.show();
    }

    private void add(int n) {
        add(n, "line");
    }

    /** Adds {@code n} lines at once, each "stamp message seq". */
    private void add(int n, String message) {
        robot.interact(() -> {
            List<SimulationModel.LogLine> more = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                seq++;
                more.add(new SimulationModel.LogLine(seq, "2026/11/27 01:45:38 " + message + " " + seq, false));
            }
            lines.addAll(more);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean newestInView() {
        return onFx(() -> LogPaneLook.newestWhollyInView(pane));
    }

    private int firstShown() {
        return onFx(() -> LogPaneLook.firstShown(pane));
    }

    /**
     * Turns the mouse wheel over the log towards older lines. TestFX's glass robot names the directions the
     * other way round from JavaFX: its DOWN gives a scroll event with deltaY &gt; 0, which shows earlier lines.
     */
    private void wheelUp(int notches) {
        robot.moveTo(pane.list()).scroll(notches, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void wheelDown(int notches) {
        robot.moveTo(pane.list()).scroll(notches, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button newestButton() {
        return robot.lookup("#logNewest").queryButton();
    }

    @Test
    void followsTheNewestLineOneLineAtATimeAndInBursts() {
        for (int i = 0; i < 30; i++) {
            add(1);
            assertThat(newestInView()).as("after line %d", seq).isTrue();
        }
        double lineHeight = onFx(() -> pane.list().getFixedCellSize());
        assertThat(onFx(() -> LogPaneLook.spaceBelowNewest(pane))).as("the newest line is at the bottom")
                .isBetween(-0.5, lineHeight - 0.5);
        add(500);
        assertThat(newestInView()).isTrue();
        assertThat(onFx(() -> LogPaneLook.spaceBelowNewest(pane))).isBetween(-0.5, lineHeight - 0.5);
        assertThat(firstShown()).as("the log has moved on").isGreaterThan(400);
        assertThat(newestButton().isVisible()).isFalse();
    }

    @Test
    void aBurstOfLinesInASmallerFontEndsWithTheNewestLineInView() {
        // The Pool's log: its list has a smaller font than the theme's, so its fixed row height is smaller too.
        robot.interact(() -> pane.list().setStyle("-fx-font-size: 0.8em;"));
        add(50);
        assertThat(newestInView()).isTrue();
        add(76);
        assertThat(newestInView()).as("after 76 more lines at once").isTrue();
        double lineHeight = onFx(() -> pane.list().getFixedCellSize());
        assertThat(onFx(() -> LogPaneLook.spaceBelowNewest(pane))).isBetween(-0.5, lineHeight - 0.5);
    }

    @Test
    void scrollingUpStopsFollowingAndTheButtonGoesBackToTheNewest() {
        add(40);
        wheelUp(5);
        assertThat(newestInView()).as("scrolled up").isFalse();
        assertThat(pane.followingProperty().get()).isFalse();
        int first = firstShown();
        add(20);
        assertThat(firstShown()).as("new lines do not move what the user scrolled to").isEqualTo(first);
        assertThat(newestInView()).isFalse();

        Button newest = newestButton();
        assertThat(newest.isVisible()).isTrue();
        assertThat(newest.getText()).isEqualTo(I18n.get("log.newest"));
        Bounds b = onFx(() -> newest.localToScene(newest.getLayoutBounds()));
        Bounds log = onFx(() -> pane.list().localToScene(pane.list().getLayoutBounds()));
        assertThat(log.contains(b)).as("the button lies over the log").isTrue();

        robot.clickOn(newest, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(newestInView()).isTrue();
        assertThat(newest.isVisible()).isFalse();
        add(5);
        assertThat(newestInView()).as("following again").isTrue();
    }

    @Test
    void scrollingBackDownToTheEndFollowsAgain() {
        add(40);
        wheelUp(3);
        assertThat(pane.followingProperty().get()).isFalse();
        wheelDown(30);
        assertThat(pane.followingProperty().get()).isTrue();
        add(3);
        assertThat(newestInView()).isTrue();
    }

    @Test
    void aNewRunFollowsAgain() {
        add(40);
        wheelUp(5);
        assertThat(pane.followingProperty().get()).isFalse();
        robot.interact(() -> lines.setAll(new SimulationModel.LogLine(++seq, "first line of a new run", false)));
        add(30);
        assertThat(newestInView()).isTrue();
        assertThat(newestButton().isVisible()).isFalse();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, task);
    }
}
