package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The timeline read from the back of a room, at 1280x720 projector and 1024x768, in English and Chinese: a
 * track tall enough for its ticks and playhead, the times at its ends, and the Live button written whole.
 */
class ShellTimelineLookTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theTimelineIsReadableOnAClasssScreens() {
        List<String> faults = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, I18n.CHINESE)) {
            for (Theme theme : List.of(Theme.PROJECTOR, Theme.LIGHT)) {
                showBookEndedOn(locale, theme);
                String end = I18n.get("timeline.seconds", String.format(Locale.ROOT, "%.1f",
                        fx.onFx(() -> fx.runner.timeProperty().get()).toMillis() / 1000.0));
                // Looking back: the way to the live edge is open.
                fx.robot.interact(fx.runner::toStart);
                fx.settle();
                String where = locale + " " + theme + ": ";
                faults.addAll(fx.onFx(() -> {
                    List<String> f = new ArrayList<>();
                    Node track = fx.lookup(".timeline-track", Node.class);
                    // On a projector's wall each of its rows of ticks is a few px: 28 px for five kinds.
                    if (track.getLayoutBounds().getHeight() < (theme == Theme.PROJECTOR ? 28 : 18)) {
                        f.add(where + "track " + track.getLayoutBounds().getHeight() + " px high");
                    }
                    if (!fx.lookup("#timelineEdge", Label.class).getText().equals(end)
                            || !shownWhole(fx.lookup("#timelineEdge", Label.class))) {
                        f.add(where + "end time not " + end);
                    }
                    Button live = fx.lookup("#liveButton", Button.class);
                    if (live.isDisabled()) {
                        f.add(where + "Live not enabled while looking back");
                    }
                    if (!shownWhole(live) || live.getHeight() < live.prefHeight(-1) - 0.5
                            || live.getFont().getSize() < 13) {
                        f.add(where + "Live button cut or small: " + live.getHeight() + " px, font "
                                + live.getFont().getSize());
                    }
                    return f;
                }));
                fx.robot.interact(fx.runner::reset);
            }
        }
        assertThat(faults).isEmpty();
    }

    /** Its whole text shown, and inside the window. */
    private static boolean shownWhole(javafx.scene.control.Labeled l) {
        Text t = (Text) l.lookup(".text");
        Bounds b = l.localToScene(l.getLayoutBounds());
        return t != null && t.getText().equals(l.getText()) && b.getMinY() >= 0
                && b.getMaxY() <= l.getScene().getHeight() && b.getMaxX() <= l.getScene().getWidth();
    }
}
