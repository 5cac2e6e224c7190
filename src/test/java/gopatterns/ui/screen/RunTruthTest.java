package gopatterns.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Preset;
import gopatterns.ui.screen.ScreenContract.Violation;
import gopatterns.ui.shell.ShellFixture;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * {@link RunTruth} finds each kind of untrue word it is for: a screen as the app leaves it passes, and the
 * same screen with one text put back to what a stale or wrong computation would show fails.
 */
@ExtendWith(ApplicationExtension.class)
class RunTruthTest {

    @TempDir
    Path config;

    private Stage stage;
    private ShellFixture fx;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @BeforeEach
    void open() {
        fx = new ShellFixture(new FxRobot(), config);
        fx.robot.interact(() -> fx.show(stage));
        fx.settle();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aPoolLessonWithANumberOtherThanTheCounterBesideItIsUntrue() {
        endedRunOn(1);
        assertThat(untrue()).isEmpty();
        String lesson = text("eventCaption");
        assertThat(lesson).startsWith("Done: 25 connections made");

        set("eventCaption", lesson.replace("Done: 25", "Done: 0"));

        assertThat(untrue()).singleElement().asString().contains("says 0 created beside 25");
    }

    @Test
    void aPoolLessonLeftAfterAResetIsUntrue() {
        endedRunOn(1);
        String lesson = text("eventCaption");
        fx.robot.interact(fx.shell::reset);
        fx.settle();
        assertThat(untrue()).isEmpty();

        set("eventCaption", lesson);

        assertThat(untrue()).singleElement().asString().contains("before a run");
    }

    @Test
    void aCaptionOfAnEarlierRunIsUntrue() {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.robot.interact(() -> fx.pool.workersProperty().set(30));
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        assertThat(untrue()).isEmpty();

        // A caption naming worker 27, who is not in a run of 25, nor in this one yet.
        set("eventCaption", I18n.get("pool.event.WorkerFailed", "27", "boom"));

        assertThat(untrue()).singleElement().asString().contains("describes no event of the run shown");
    }

    @Test
    void anExplanationOrStatusOfTheOtherPageIsUntrue() {
        Preset runnerPreset = fx.shell.pages().get(0).presets().getFirst();
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.settle();
        assertThat(untrue()).isEmpty();

        set("explainText", runnerPreset.watch());
        set("statusMessage", I18n.get("preset.applied", runnerPreset.title()));

        assertThat(untrue()).hasSize(2).anySatisfy(v -> assertThat(v.description()).startsWith("explanation"))
                .anySatisfy(v -> assertThat(v.description()).startsWith("status"));
    }

    @Test
    void aRunnerCountdownStillCountingAfterStartReturnedIsUntrue() {
        endedRunOn(0);
        assertThat(untrue()).isEmpty();

        set("countdownRemaining", I18n.get("countdown.left", 6.0));

        assertThat(untrue()).singleElement().asString().contains("countdown");
    }

    @Test
    void aRunnerCountdownBehindTheVirtualTimeIsUntrue() {
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        fx.shell.model().clock().advanceTo(fx.shell.model().clock().nanos() + 1_000_000_000L);
        fx.settle();
        assertThat(untrue()).isEmpty();
        assertThat(text("countdownRemaining")).isEqualTo(I18n.get("countdown.left", 2.0));

        // The book's 3 s timeout, as if the countdown had not moved since the start.
        set("countdownRemaining", I18n.get("countdown.left", 3.0));

        assertThat(untrue()).singleElement().asString().contains("of a 3.0 s timeout");
    }

    @Test
    void aRunnerOutcomeLeftAfterAResetIsUntrue() {
        endedRunOn(0);
        String title = text("outcomeTitle");
        fx.robot.interact(fx.shell::reset);
        fx.settle();
        assertThat(untrue()).isEmpty();

        set("outcomeTitle", title);

        assertThat(untrue()).singleElement().asString().contains("while no run has returned");
    }

    private void endedRunOn(int page) {
        fx.robot.interact(() -> fx.shell.selectPage(page));
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        fx.runToEnd(fx.shell.model().clock());
    }

    private List<Violation> untrue() {
        return fx.onFx(() -> RunTruth.check(fx.shell, stage.getScene()));
    }

    private String text(String id) {
        return fx.onFx(() -> ((Labeled) stage.getScene().lookup("#" + id)).getText());
    }

    private void set(String id, String text) {
        fx.robot.interact(() -> ((Labeled) stage.getScene().lookup("#" + id)).setText(text));
    }
}
