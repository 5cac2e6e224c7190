package gopatterns.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.pool.WorkerFigure;
import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pool pair on a classroom's smallest screens (1024x768 light, 1280x720 projector; English and Chinese): mid-run
 * and when the table of outcomes comes up under the sides at the end, each side shows every one of its workers
 * whole, as the pool on its own does, not two rows of them with the rest scrolled out of sight.
 */
class CompareEndScreenTest extends ClassroomScreenTest {

    static Stream<Arguments> screensAndPairs() {
        return ClassroomScreen.smallest().stream()
                .flatMap(s -> Stream.of("at-once-spread", "go-bounded", "size-2-5").map(p -> Arguments.of(s, p)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("screensAndPairs")
    void everyWorkerOfBothSidesIsInViewMidRunAndAtTheEnd(ClassroomScreen screen, String pair) throws IOException {
        CompareFixture cf = new CompareFixture(open(screen));
        cf.open(CompareTestBase.POOL, pair);
        cf.press(cf.fx.shell::startOrPause);
        cf.advance(java.time.Duration.ofMillis(800));
        picture(screen, pair + " mid-run");
        assertThat(hidden(cf)).as(screen + " " + pair + ": workers out of view while the pair runs").isEmpty();
        cf.runToEnd();
        assertThat(cf.model().finishedProperty().get()).isTrue();
        assertThat(cf.fx.onFx(() -> cf.fx.shell.comparing().orElseThrow().view().table().isVisible()))
                .as("the table of outcomes").isTrue();
        picture(screen, pair + " ended");
        assertThat(hidden(cf)).as(screen + " " + pair + ": workers out of view at the end").isEmpty();
    }

    /**
     * The workers of either side whose figure (its body and number; not the place under it where a held connection
     * shows, empty at the end) is not wholly inside the part of their list in view.
     */
    private static List<String> hidden(CompareFixture cf) {
        return cf.fx.onFx(() -> {
            List<String> out = new ArrayList<>();
            for (CompareModel.Side side : CompareModel.Side.values()) {
                Node view = cf.fx.shell.comparing().orElseThrow().view().sideView(side);
                List<Node> figures = List.copyOf(view.lookupAll(".worker-figure"));
                assertThat(figures).as(side + " figures").hasSize(25);
                for (Node f : figures) {
                    ScrollPane list = enclosing(f);
                    Node port = list.lookup(".viewport");
                    Bounds in = port.localToScene(port.getLayoutBounds());
                    Node body = f.lookup(".worker-body");
                    Node number = f.lookup(".worker-number");
                    Bounds top = body.localToScene(body.getLayoutBounds());
                    Bounds bottom = number.localToScene(number.getLayoutBounds());
                    Bounds b = new javafx.geometry.BoundingBox(top.getMinX(), top.getMinY(), top.getWidth(),
                            bottom.getMaxY() - top.getMinY());
                    if (!(b.getMinY() >= in.getMinY() - 0.5 && b.getMaxY() <= in.getMaxY() + 0.5)) {
                        out.add(side + " worker " + ((WorkerFigure) f).getId() + " at y " + Math.round(b.getMinY())
                                + "-" + Math.round(b.getMaxY()) + ", list shows " + Math.round(in.getMinY()) + "-"
                                + Math.round(in.getMaxY()));
                    }
                }
            }
            return out;
        });
    }

    private static ScrollPane enclosing(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        throw new AssertionError("no list around " + n);
    }
}
