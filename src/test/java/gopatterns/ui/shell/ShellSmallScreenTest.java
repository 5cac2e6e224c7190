package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.screen.ScreenContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The whole window on a class's small screens (1024x768 light, 1280x720 projector): what moves stays in view
 * after a run that ended early, and the transport buttons keep their words and places. The screen contract
 * looks for cut texts; an empty column, a row scrolled out of sight or a button's "St…" it does not see.
 */
class ShellSmallScreenTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void size(Theme theme, double w, double h) {
        fx.robot.interact(() -> {
            fx.shell.setTheme(theme);
            fx.stage.setWidth(w);
            fx.stage.setHeight(h);
        });
        fx.settle();
    }

    @Test
    void anEarlyReturnKeepsTheRunnerInViewAt1024x768InEnglish() {
        earlyReturnInView(Locale.ENGLISH);
    }

    @Test
    void anEarlyReturnKeepsTheRunnerInViewAt1024x768InChinese() {
        earlyReturnInView(I18n.CHINESE);
    }

    /** The book's demo interrupted at 0.5 s: Start returns at 1 s with 2 s of the timeout unused. */
    private void earlyReturnInView(Locale locale) {
        fx.robot.interact(() -> fx.shell.setLocale(locale));
        size(Theme.LIGHT, 1024, 768);
        fx.robot.interact(() -> fx.shell.selectPage(0));
        fx.robot.interact(fx.runner::start);
        fx.runnerAt(0.5);
        fx.robot.interact(fx.shell::interrupt);
        fx.runToEnd(fx.runner.clock());
        List<String> ids = new ArrayList<>(List.of("#interruptButton", "#mainThread", "#ghostLane",
                "#countdownRemaining"));
        for (int i = 0; i < fx.runner.tasks().size(); i++) {
            ids.add("#task-card-" + i);
        }
        List<String> out = fx.onFx(() -> {
            ScreenContract.finishMotion(fx.stage.getScene());
            return ids.stream().filter(id -> !inView(fx.stage.getScene().lookup(id))).toList();
        });
        assertThat(out).as("parts of the Runner out of view after an early return, " + locale).isEmpty();
    }

    @Test
    void theGoroutineRowsStayInViewAtTheEndOfTheLeakAndTheBookAt1024x768() {
        List<String> out = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
            for (String preset : List.of("runner.leak", "runner.book")) {
                fx.robot.interact(() -> fx.shell.setLocale(locale));
                size(Theme.LIGHT, 1024, 768);
                fx.robot.interact(() -> fx.shell.selectPage(0));
                fx.choosePreset(preset);
                fx.robot.interact(fx.runner::start);
                fx.runToEnd(fx.runner.clock());
                out.addAll(fx.onFx(() -> {
                    ScreenContract.finishMotion(fx.stage.getScene());
                    return List.of("#mainThread", "#ghostLane").stream()
                            .filter(id -> !inView(fx.stage.getScene().lookup(id)))
                            .map(id -> preset + " " + locale + " " + id).toList();
                }));
            }
        }
        assertThat(out).as("goroutine rows out of view at the end of a run (5 done cards, long explanation)")
                .isEmpty();
    }

    /**
     * The task board of the leak and the book's demo (five tasks): every card wholly in view, without scrolling,
     * before the run, mid-run (before and after the timeout) and at the end, on both small screens in both
     * languages. With twelve tasks no card is cut at the board's edge.
     */
    @Test
    void everyTaskCardIsWhollyInViewOnTheSmallScreens() {
        List<String> out = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.PROJECTOR)) {
                double[] size = theme == Theme.LIGHT ? new double[] {1024, 768} : new double[] {1280, 720};
                String screen = (int) size[0] + "x" + (int) size[1] + " " + locale;
                fx.robot.interact(() -> fx.shell.setLocale(locale));
                size(theme, size[0], size[1]);
                fx.robot.interact(() -> fx.shell.selectPage(0));
                for (String preset : List.of("runner.leak", "runner.book")) {
                    fx.choosePreset(preset);
                    out.addAll(cardsCut(screen + " " + preset + " before the run", true));
                    fx.robot.interact(fx.runner::start);
                    for (double t : new double[] {0.9, 1.7, 2.6, 3.4}) {
                        fx.runnerAt(t);
                        out.addAll(cardsCut(screen + " " + preset + " at " + t + " s", true));
                    }
                    fx.runToEnd(fx.runner.clock());
                    out.addAll(cardsCut(screen + " " + preset + " at the end", true));
                }
                fx.robot.interact(() -> fx.runner.taskCountProperty().set(12));
                fx.robot.interact(fx.runner::start);
                fx.runnerAt(1.2);
                out.addAll(cardsCut(screen + " 12 tasks mid-run", false));
                fx.runToEnd(fx.runner.clock());
                out.addAll(cardsCut(screen + " 12 tasks at the end", false));
            }
        }
        assertThat(out).as("task cards cut or out of view").isEmpty();
    }

    /**
     * The task cards not wholly in view ({@code every}), or else those cut at the edge of the board (partly in
     * view) and cards left out without the board's count of them ("+3") in view, each named with {@code moment}.
     */
    private List<String> cardsCut(String moment, boolean every) {
        return fx.onFx(() -> {
            ScreenContract.finishMotion(fx.stage.getScene());
            List<String> cut = new ArrayList<>();
            int leftOut = 0;
            for (int i = 0; i < fx.runner.tasks().size(); i++) {
                Node card = fx.stage.getScene().lookup("#task-card-" + i);
                if (!inView(card) && (every || partlyInView(card))) {
                    cut.add(moment + ": #" + i);
                }
                leftOut += card.isVisible() ? 0 : 1;
            }
            int counted = 0;
            for (String id : List.of("#lane-more-queue", "#lane-more-done")) {
                Labeled more = fx.lookup(id, Labeled.class);
                if (more.isVisible() && inView(more)) {
                    counted += Integer.parseInt(more.getText().replaceAll("\\D", ""));
                }
            }
            if (counted != leftOut) {
                cut.add(moment + ": " + leftOut + " cards left out, the board counts " + counted);
            }
            return cut;
        });
    }

    /** Some of {@code n} shows inside the viewport of the scroll pane around it (a hidden card does not). */
    private static boolean partlyInView(Node n) {
        if (!n.isVisible()) {
            return false;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Node viewport = sp.lookup(".viewport");
                return viewport.localToScene(viewport.getLayoutBounds()).intersects(b);
            }
        }
        return true;
    }

    @Test
    void startIsWrittenWholeAt1280x720ProjectorOnEveryPage() {
        size(Theme.PROJECTOR, 1280, 720);
        // The last page first: coming back to the first page from the others counts too.
        for (int p = fx.shell.pages().size() - 1; p >= 0; p--) {
            int page = p;
            fx.robot.interact(() -> fx.shell.selectPage(page));
            fx.settle();
            assertThat(fx.onFx(() -> shownText(fx.lookup("#startButton", Labeled.class))))
                    .as("the Start button's words on page " + page).isEqualTo(I18n.get("transport.start"));
        }
    }

    @Test
    void theSpeedAndTheTimeStayInTheBarAt1024x768InBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
          for (int page : new int[] {0, 1}) { // the pool's stories have the longer names: less room for the bar
            fx.robot.interact(() -> fx.shell.setLocale(locale));
            fx.robot.interact(() -> fx.shell.selectPage(page));
            size(Theme.LIGHT, 1024, 768);
            for (String id : List.of("#speedSlider", "#speedLabel", "#timeLabel", "#presetBox", "#startButton")) {
                assertThat(fx.onFx(() -> inView(fx.lookup(id, Node.class)))).as(id + " in " + locale + " on page " + page)
                        .isTrue();
            }
            assertThat(fx.onFx(() -> fx.robot.lookup(".tool-bar-overflow-button").queryAll().stream()
                    .anyMatch(Node::isVisible)))
                    .as("nothing of the transport bar in its overflow menu, " + locale).isFalse();
            assertThat(fx.onFx(() -> shownText(fx.lookup("#startButton", Labeled.class))))
                    .isEqualTo(fx.onFx(() -> I18n.get("transport.start")));
            for (String id : List.of("#pauseButton", "#stepButton", "#resetButton")) {
                // their icons only, named by their tooltips
                assertThat(fx.onFx(() -> fx.lookup(id, Labeled.class).getTooltip().getText())).isNotBlank();
            }
          }
        }
        // Wide again: the labels come back.
        size(Theme.LIGHT, 1600, 900);
        assertThat(fx.onFx(() -> shownText(fx.lookup("#stepButton", Labeled.class))))
                .isEqualTo(fx.onFx(() -> I18n.get("transport.step")));
    }

    @Test
    void pauseAndResumeTakeTheSameRoomAndResetReleasesThePause() {
        size(Theme.PROJECTOR, 1280, 720);
        ToggleButton pause = fx.lookup("#pauseButton", ToggleButton.class);
        Node time = fx.lookup("#timeLabel", Node.class);
        double[] before = fx.onFx(() -> new double[] {pause.getWidth(), time.localToScene(0, 0).getX()});
        fx.robot.interact(fx.shell::step);
        fx.robot.interact(fx.shell::step);
        fx.settle();
        double[] paused = fx.onFx(() -> new double[] {pause.getWidth(), time.localToScene(0, 0).getX()});
        assertThat(fx.onFx(() -> shownText(pause))).isEqualTo(I18n.get("transport.resume"));
        assertThat(paused).as("pause button width and time label x, paused").containsExactly(before);
        assertThat(fx.onFx(() -> inView(time))).as("the time label after Step").isTrue();
        fx.robot.interact(fx.shell::reset);
        fx.settle();
        assertThat(fx.onFx(pause::isSelected)).as("Pause still pressed after Reset").isFalse();
        assertThat(fx.onFx(() -> shownText(pause))).isEqualTo(I18n.get("transport.pause"));
    }

    /** The words a labeled control draws (ellipsised ones end in "…"). */
    private static String shownText(Labeled l) {
        Text t = (Text) l.lookup(".text");
        return t == null ? "" : t.getText();
    }

    private static boolean inView(Node n) {
        return ScreenContract.whollyInView(n);
    }
}
