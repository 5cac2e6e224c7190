package gopatterns.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import gopatterns.ui.screen.ScreenContract;
import gopatterns.ui.screen.ScreenSample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compare mode on the classroom's screens: 1024x768, a projector at 1280x720 (two runs side by side, side panes
 * folded) and a 1920x1080 screen, in English and Chinese, with the pair's timeline under the transport. Every contrast
 * pair of both pages is opened, started, run halfway (where the pair's command is pressed), to its end, with its
 * table of outcomes, and looked back at; {@link ScreenContract} must find no text
 * cut, ellipsised, too small or on top of another at any of these moments. {@code -Dscreen.pictures=DIR} writes a
 * picture of each moment.
 *
 * <p>{@code mvn verify} opens some pairs per page on each screen, the four screens taking them in turn
 * ({@link ScreenSample}), so that every pair (and the same parameters on both sides) is read on some screen;
 * {@code -Dscreen.all=true} (profile {@code screen-all}) opens every pair on every screen.
 */
class CompareScreenTest extends ClassroomScreenTest {

    private CompareFixture cf;

    /** How many screens {@link #screens()} gives: they take the pairs of a page in turn. */
    private static final int SCREENS = (int) screens().count();

    static Stream<ClassroomScreen> screens() {
        return ClassroomScreen.inBothLanguages(ClassroomScreen.LIGHT_1024X768, ClassroomScreen.PROJECTOR_1280X720,
                ClassroomScreen.DARK_1920X1080).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyPairReadsWholeSideBySide(ClassroomScreen screen) throws IOException {
        cf = new CompareFixture(open(screen));
        ScreenContract contract = new ScreenContract(screen.minTextPx());
        for (int page = 0; page < 2; page++) {
            List<String> pairs = new ArrayList<>(ComparePage.pairNames(cf.fx.shell.pages().get(page)));
            pairs.add(null);
            for (String pair : ScreenSample.inTurn(pairs, screen.index(), SCREENS)) {
                String name = cf.fx.shell.pages().get(page).id() + " " + (pair == null ? "same" : pair);
                cf.open(page, pair);
                look(screen, contract, name + " opened");
                cf.press(cf.fx.shell::startOrPause);
                cf.advance(java.time.Duration.ofMillis(1200));
                cf.press(() -> cf.model().act());
                look(screen, contract, name + " mid-run");
                cf.runToEnd();
                assertThat(cf.model().finishedProperty().get()).as(name + " finished").isTrue();
                look(screen, contract, name + " ended");
                // The goroutine rows tell how each run ended (the leak): in view on both sides, not scrolled away.
                List<javafx.scene.Node> rows = cf.fx.onFx(() -> List.copyOf(cf.fx.robot.lookup("#ghostLane").queryAll()));
                for (javafx.scene.Node row : rows) {
                    assertThat(cf.fx.onFx(() -> ScreenContract.whollyInView(row))).as(name + " ended: goroutine row on "
                            + screen).isTrue();
                }
                // The pair's one timeline, its playhead looking back at the middle of both runs.
                cf.press(() -> cf.model().seekToTime(cf.model().edgeNanos() / 2));
                assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup("#runTimeline").query().isVisible()))
                        .as(name + " timeline").isTrue();
                look(screen, contract, name + " looking back");
            }
        }
        assertThat(found()).as("what compare mode shows wrong on " + screen).isEmpty();
    }

    private void look(ClassroomScreen screen, ScreenContract contract, String moment) {
        note(moment, cf.fx.onFx(() -> {
            ScreenContract.finishMotion(stage.getScene());
            return contract.check(stage.getScene());
        }));
        picture(screen, moment);
    }
}
