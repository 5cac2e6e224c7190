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
import org.junit.jupiter.api.Test;

/**
 * The end of a pool pair on a projector at 1280x720: when the table of outcomes comes up under the sides, each side
 * still shows every one of its workers, as the pool on its own does at its end, not the first row of them with the
 * rest scrolled out of sight (the table takes the room of the counters it repeats).
 */
class CompareEndScreenTest extends ClassroomScreenTest {

    @Test
    void atTheEndEveryWorkerOfBothSidesIsInView() throws IOException {
        ClassroomScreen screen = ClassroomScreen.inBothLanguages(ClassroomScreen.PROJECTOR_1280X720).getFirst();
        CompareFixture cf = new CompareFixture(open(screen));
        cf.open(CompareTestBase.POOL, "at-once-spread");
        cf.press(cf.fx.shell::startOrPause);
        cf.advance(java.time.Duration.ofMillis(800));
        assertThat(hidden(cf)).as(screen + ": every worker in view while the pair runs").isEmpty();
        cf.runToEnd();
        assertThat(cf.model().finishedProperty().get()).isTrue();
        assertThat(cf.fx.onFx(() -> cf.fx.shell.comparing().orElseThrow().view().table().isVisible()))
                .as("the table of outcomes").isTrue();
        picture(screen, "pool pair ended");
        assertThat(hidden(cf)).as(screen + ": workers out of view at the end").isEmpty();
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
