package gopatterns.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import java.util.ArrayList;
import java.util.List;

/** What a log pane shows, read from its nodes as a user sees them. FX thread. */
public final class LogPaneLook {

    private LogPaneLook() {
    }

    /** The (first) log pane of a scene. */
    public static LogPane of(Scene scene) {
        return (LogPane) scene.getRoot().lookup(".log-pane");
    }

    /**
     * True when the log is empty, or when a visible cell shows its newest line and lies wholly inside the
     * list's viewport (the area inside its borders, above a horizontal scroll bar, if any).
     */
    public static boolean newestWhollyInView(LogPane pane) {
        int last = pane.list().getItems().size() - 1;
        if (last < 0) {
            return true;
        }
        Node viewport = pane.list().lookup(".clipped-container");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        return pane.list().lookupAll(".log-line").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && c.getIndex() == last && !c.isEmpty())
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .anyMatch(b -> b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5);
    }

    /**
     * The empty space in pixels between the bottom of the newest line's cell and the bottom of the viewport,
     * or NaN if no visible cell shows the newest line. Less than a line once the log is longer than the view:
     * the viewport is full of lines up to the newest one.
     */
    public static double spaceBelowNewest(LogPane pane) {
        int last = pane.list().getItems().size() - 1;
        Node viewport = pane.list().lookup(".clipped-container");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        return pane.list().lookupAll(".log-line").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && c.getIndex() == last && !c.isEmpty())
                .mapToDouble(n -> view.getMaxY() - n.localToScene(n.getLayoutBounds()).getMaxY())
                .findFirst().orElse(Double.NaN);
    }

    /** The index of the first line whose cell shows at the top of the viewport, or -1. */
    public static int firstShown(LogPane pane) {
        Node viewport = pane.list().lookup(".clipped-container");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        return pane.list().lookupAll(".log-line").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty())
                .filter(n -> n.localToScene(n.getLayoutBounds()).getMaxY() > view.getMinY() + 0.5)
                .mapToInt(n -> ((ListCell<?>) n).getIndex())
                .min().orElse(-1);
    }

    /**
     * The lines the log shows cut: for every visible cell of a line, its text as drawn must be the line's whole
     * text (not ellipsised) and lie inside the viewport across (not cut at the right edge or scrolled off at
     * the left) and inside its cell down (not cut at the bottom). Returns a description of each cut line.
     */
    public static List<String> cutLines(LogPane pane) {
        Node viewport = pane.list().lookup(".clipped-container");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        List<String> cut = new ArrayList<>();
        for (Node n : pane.list().lookupAll(".log-line")) {
            if (!(n instanceof ListCell<?> c) || !c.isVisible() || c.isEmpty() || c.getItem() == null) {
                continue;
            }
            Bounds cell = c.localToScene(c.getLayoutBounds());
            if (cell.getMaxY() <= view.getMinY() || cell.getMinY() >= view.getMaxY()) {
                continue; // out of view: in the flow's pile
            }
            String item = ((SimulationModel.LogLine) c.getItem()).text();
            Text text = (Text) c.lookup(".text");
            Bounds drawn = text == null ? null : text.localToScene(text.getLayoutBounds());
            if (text == null || !item.equals(text.getText())) {
                cut.add("'" + item + "' drawn as '" + (text == null ? null : text.getText()) + "'");
            } else if (drawn.getMinX() < view.getMinX() - 0.5 || drawn.getMaxX() > view.getMaxX() + 0.5) {
                cut.add("'" + item + "' spans x " + Math.round(drawn.getMinX()) + ".." + Math.round(drawn.getMaxX())
                        + " in a log from x " + Math.round(view.getMinX()) + " to " + Math.round(view.getMaxX()));
            } else if (drawn.getMinY() < cell.getMinY() - 0.5 || drawn.getMaxY() > cell.getMaxY() + 0.5) {
                cut.add("'" + item + "' taller than its row");
            }
        }
        return cut;
    }

    /**
     * The lines shown in a row taller than their text needs: more than one row's height (1.45 em of the cell's
     * font, as common.css) and more than half a row of blank over the drawn text. Returns a description of each.
     */
    public static List<String> blankRows(LogPane pane) {
        List<String> blank = new ArrayList<>();
        forShownLines(pane, (c, text) -> {
            double row = 1.45 * c.getFont().getSize();
            double need = Math.max(row, text.getLayoutBounds().getHeight() + row / 2);
            if (c.getHeight() > need + 1) {
                blank.add("'" + text.getText() + "' in a row of " + Math.round(c.getHeight()) + " px for "
                        + Math.round(text.getLayoutBounds().getHeight()) + " px of text");
            }
        });
        return blank;
    }

    /** How many lines shown wrap (their drawn text is taller than one row). */
    public static long wrappedLines(LogPane pane) {
        long[] n = {0};
        forShownLines(pane, (c, text) -> n[0] += text.getLayoutBounds().getHeight() > 1.45 * c.getFont().getSize()
                ? 1 : 0);
        return n[0];
    }

    private static void forShownLines(LogPane pane, java.util.function.BiConsumer<ListCell<?>, Text> action) {
        Node viewport = pane.list().lookup(".clipped-container");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        for (Node n : pane.list().lookupAll(".log-line")) {
            if (n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty() && c.lookup(".text") instanceof Text t) {
                Bounds cell = c.localToScene(c.getLayoutBounds());
                if (cell.getMaxY() > view.getMinY() && cell.getMinY() < view.getMaxY()) {
                    action.accept(c, t);
                }
            }
        }
    }
}
