package gopatterns.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import gopatterns.ui.screen.ScreenContract;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The task boards of a runner pair on the smallest screens of a class (1024x768, the 1280x720 projector, English and
 * Chinese): every card of both sides wholly in view, not scrolled away, from the start to the end. At the end of
 * "The leak | Fixed" the leaked side's last tasks (done for nobody) are the contrast the pair is there to show.
 */
class CompareTaskBoardScreenTest extends ClassroomScreenTest {

    static Stream<ClassroomScreen> screens() {
        return ClassroomScreen.smallest().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyTaskCardOfBothSidesIsInView(ClassroomScreen screen) throws IOException {
        CompareFixture cf = new CompareFixture(open(screen));
        List<String> out = new ArrayList<>();
        // The leak against its fix, and the book's demo (the page's own settings) on both sides.
        for (String pair : new String[] {"leak-fixed", null}) {
            String name = pair == null ? "book" : pair;
            cf.open(CompareTestBase.RUNNER, pair);
            out.addAll(cut(cf, name + " opened"));
            cf.press(cf.fx.shell::startOrPause);
            for (int step = 0; step < 4; step++) {
                cf.advance(Duration.ofMillis(850));
                out.addAll(cut(cf, name + " at " + (step + 1) * 0.85 + " s"));
            }
            cf.runToEnd();
            assertThat(cf.model().finishedProperty().get()).as(name + " finished").isTrue();
            picture(screen, name + " ended");
            out.addAll(cut(cf, name + " ended"));
        }
        assertThat(out).as("task cards cut or scrolled away on " + screen).isEmpty();
    }

    /** The task cards of either side not wholly in view, named with {@code moment}. */
    private static List<String> cut(CompareFixture cf, String moment) {
        return cf.fx.onFx(() -> {
            ScreenContract.finishMotion(cf.fx.stage.getScene());
            List<String> out = new ArrayList<>();
            List<Node> cards = List.copyOf(cf.fx.stage.getScene().getRoot().lookupAll(".task-card"));
            assertThat(cards).as(moment + ": the cards of both sides").hasSizeGreaterThanOrEqualTo(6);
            for (Node card : cards) {
                if (!ScreenContract.whollyInView(card)) {
                    out.add(moment + ": " + card.getId());
                }
            }
            return out;
        });
    }
}
