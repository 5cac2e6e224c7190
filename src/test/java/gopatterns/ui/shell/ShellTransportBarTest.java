package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The transport bar shows the same words on a page whatever page was shown before: how much it gives up is a
 * matter of the window's width and the page, not of where the user has been. The preset box, whose width the
 * bar gives way to, is as wide as this page's stories, not the widest page's.
 */
class ShellTransportBarTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aPageShowsTheSameBarAfterAVisitToAnotherPage() {
        List<String> faults = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
            for (Theme theme : List.of(Theme.PROJECTOR, Theme.LIGHT)) {
                for (int page : new int[] {0, 1}) {
                    showOn(locale, theme, page);
                    String first = bar();
                    fx.robot.interact(() -> fx.shell.selectPage(1 - page));
                    fx.settle();
                    fx.robot.interact(() -> fx.shell.selectPage(page));
                    fx.settle();
                    String again = bar();
                    if (!again.equals(first)) {
                        faults.add(locale + " " + theme + " page " + page + ": first " + first + "; after the other "
                                + "page " + again);
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    /**
     * What the bar shows: whether Pause, Step and Reset carry their words, whether "Speed" is there, and the
     * width of the preset box beside it, which takes the bar's room (px).
     */
    private String bar() {
        return fx.onFx(() -> {
            StringBuilder b = new StringBuilder();
            for (String id : List.of("#pauseButton", "#stepButton", "#resetButton")) {
                b.append(fx.lookup(id, ButtonBase.class).getContentDisplay()).append(' ');
            }
            b.append(Math.round(fx.lookup("#presetBox", Region.class).getWidth())).append(" px box, ");
            return b.append(fx.lookup("#speedWord", Label.class).isVisible() ? "Speed" : "no Speed").toString();
        });
    }
}
