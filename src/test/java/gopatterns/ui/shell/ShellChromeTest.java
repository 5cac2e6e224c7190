package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The window's chrome: it says what state the run is in from the first window on and when looking back, shows
 * an explanation of two lines whole, and opens the preset list inside the window.
 */
class ShellChromeTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theFirstWindowSaysItIsReady() {
        assertThat(fx.text("#statusState")).isEqualTo(I18n.get("status.idle"));
    }

    @Test
    void homeOnAFinishedRunDescribesItsStartNotHowToStartOne() {
        fx.choosePreset("runner.book");
        fx.robot.interact(fx.runner::start);
        fx.runToEnd(fx.runner.clock());

        fx.robot.interact(fx.runner::toStart);
        fx.settle();
        assertThat(fx.text("#explainText")).isEqualTo(I18n.get("explain.reviewStart"))
                .isNotEqualTo(I18n.get("explain.idle"));
        // The page too shows the run's state at its start: main has not called Start, nothing to press Start for.
        assertThat(fx.text("#outcomeMessage")).isEqualTo(I18n.get("outcome.reviewStart"));
        assertThat(fx.text("#mainThreadState")).isEqualTo(I18n.get("threads.main.IDLE"))
                .isNotEqualTo(I18n.get("threads.main.WAITING"));

        fx.robot.interact(fx.runner::toLive);
        fx.settle();
        assertThat(fx.text("#explainText")).isNotEqualTo(I18n.get("explain.reviewStart"));
        assertThat(fx.text("#mainThreadState")).as("main has returned at the run's end")
                .isNotIn(I18n.get("threads.main.IDLE"), I18n.get("threads.main.WAITING"));
        // Reset: no run to look back at, the hint to start one again.
        fx.robot.interact(fx.runner::reset);
        fx.settle();
        assertThat(fx.text("#explainText")).isEqualTo(I18n.get("explain.idle"));
    }

    @Test
    void anExplanationOfTwoLinesShowsWholeWithoutAScrollBar() {
        List<String> faults = new ArrayList<>();
        for (Locale locale : List.of(I18n.CHINESE, Locale.ENGLISH)) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.PROJECTOR)) {
                showBookEndedOn(locale, theme);
                // The book's run ends in a tie: its explanation takes two lines at 1024 px in Chinese.
                String where = locale + " " + theme + ": ";
                faults.addAll(fx.onFx(() -> {
                    List<String> f = new ArrayList<>();
                    Label text = fx.lookup("#explainText", Label.class);
                    ScrollPane scroll = fx.lookup(".explain-scroll", ScrollPane.class);
                    double lineHeight = text.getFont().getSize();
                    boolean barShown = scroll.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                            .anyMatch(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible());
                    if (text.getHeight() < 4 * lineHeight && (barShown
                            || text.getHeight() > scroll.getViewportBounds().getHeight() + 0.5)) {
                        f.add(where + "\"" + text.getText() + "\" " + text.getHeight() + " px high in a line of "
                                + scroll.getViewportBounds().getHeight() + " px" + (barShown ? ", scroll bar" : ""));
                    }
                    return f;
                }));
                fx.robot.interact(fx.runner::reset);
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void thePresetListOpensInsideTheWindow() {
        List<String> faults = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.PROJECTOR)) {
                for (int page : new int[] {0, 1}) {
                    showOn(locale, theme, page);
                    fx.robot.interact(() -> fx.lookup("#presetBox", ComboBox.class).show());
                    fx.settle();
                    String where = locale + " " + theme + " page " + page + ": ";
                    faults.addAll(fx.onFx(() -> {
                        List<String> f = new ArrayList<>();
                        Node list = ((ComboBoxListViewSkin<?>) fx.lookup("#presetBox", ComboBox.class).getSkin())
                                .getPopupContent();
                        if (list.getScene() == null || !list.getScene().getWindow().isShowing()) {
                            f.add(where + "no list open");
                            return f;
                        }
                        Bounds b = list.localToScreen(list.getBoundsInLocal());
                        double right = fx.stage.getX() + fx.stage.getWidth();
                        if (b.getMaxX() > right + 0.5 || b.getMinX() < fx.stage.getX() - 0.5) {
                            f.add(where + "list from " + b.getMinX() + " to " + b.getMaxX() + " px, the window to "
                                    + right);
                        }
                        return f;
                    }));
                    fx.robot.interact(() -> fx.lookup("#presetBox", ComboBox.class).hide());
                }
            }
        }
        assertThat(faults).isEmpty();
    }
}
