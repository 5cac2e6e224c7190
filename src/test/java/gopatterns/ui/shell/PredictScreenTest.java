package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import gopatterns.ui.screen.ScreenContract;
import gopatterns.ui.screen.ScreenSample;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Predict first on a classroom's screens (1024x768 light, 1280x720 projector; English and Chinese): every preset's
 * question, the bar while its run plays and the answer revealed, for a student and for the room, read whole by
 * {@link ScreenContract}. The card is looked at alone, with the view under it hidden: over the view it covers
 * text on purpose.
 *
 * <p>{@code mvn verify} asks each screen the questions of some presets per page, the four screens taking them in
 * turn ({@link ScreenSample}), so that every preset's card is read on some screen for a student and on another for
 * the room; {@code -Dscreen.all=true} (profile {@code screen-all}) asks every question on every screen.
 */
class PredictScreenTest extends ClassroomScreenTest {

    /** How many screens {@link #screens()} gives: they take the presets of a page in turn. */
    private static final int SCREENS = (int) screens().count();

    static Stream<ClassroomScreen> screens() {
        return ClassroomScreen.smallest().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void questionsBarsAndAnswersReadWhole(ClassroomScreen screen) throws IOException {
        open(screen);
        ScreenContract contract = new ScreenContract(screen.minTextPx());
        for (boolean teacher : List.of(false, true)) {
            fx.robot.interact(() -> {
                fx.shell.predict().enabledProperty().set(true);
                fx.shell.predict().teacherProperty().set(teacher);
            });
            List<Page> pages = fx.shell.pages();
            for (int p = 0; p < pages.size(); p++) {
                int page = p;
                fx.robot.interact(() -> fx.shell.selectPage(page));
                fx.settle();
                // The room takes the next screen's turn: each card is read on two screens, once per role.
                int turn = screen.index() + (teacher ? 1 : 0);
                for (Preset preset : ScreenSample.inTurn(pages.get(p).presets(), turn, SCREENS)) {
                    askRunAndReveal(contract, preset, teacher);
                }
            }
        }
        assertThat(found()).as("what Predict first shows wrong on " + screen).isEmpty();
    }

    private void askRunAndReveal(ScreenContract contract, Preset preset, boolean teacher) {
        String who = preset.id() + (teacher ? " (teacher)" : "");
        fx.choosePreset(preset.id());
        fx.robot.type(KeyCode.SPACE);
        fx.settle();
        assertThat(fx.onFx(() -> fx.shell.predict().phase())).as(who).isEqualTo(PredictFirst.Phase.ASKING);
        look(contract, who + " asked");
        fx.robot.type(teacher ? KeyCode.SPACE : KeyCode.A);
        fx.settle();
        look(contract, who + " running");
        VirtualClock clock = fx.shell.model().clock();
        fx.runToEnd(clock);
        if (teacher) {
            look(contract, who + " decided");
            fx.robot.type(KeyCode.ENTER);
            fx.settle();
        }
        assertThat(fx.onFx(() -> fx.shell.predict().phase())).as(who).isEqualTo(PredictFirst.Phase.REVEALED);
        look(contract, who + " revealed");
        fx.robot.type(KeyCode.ESCAPE);
        fx.settle();
    }

    /** Checks the window; with the card shown, the view under it is hidden while it is checked. */
    private void look(ScreenContract contract, String moment) {
        note(moment, fx.onFx(() -> checkOver(stage.getScene(), contract, "predictOverlay")));
    }
}
