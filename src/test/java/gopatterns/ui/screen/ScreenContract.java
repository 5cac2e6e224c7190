package gopatterns.ui.screen;

import gopatterns.ui.common.Animated;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a class in front of the screen can read, checked on a live scene. {@link #check(Scene)} walks the nodes
 * that are shown (visible, not transparent, inside every clip of their ancestors and inside the window) and
 * returns each breach of the screen contract as a {@link Violation} in words:
 * <ul>
 * <li>a label whose text is shown ellipsised (its skin shows less than {@link Labeled#getText()});</li>
 * <li>a text cut by a clip that cannot be scrolled (the window's edge, a pane's clip, a scroll pane whose scroll bar
 * in that direction is not shown); a text wholly scrolled out of a scroll pane or list is simply not shown;</li>
 * <li>two shown texts on top of each other;</li>
 * <li>a text smaller than the readable size on screen (font size times the scale of its ancestors);</li>
 * <li>a raw {@code {0}}-style placeholder in a shown text;</li>
 * <li>a bar (menu bar, status bar) in the scene but not wholly inside the window;</li>
 * <li>a Go log list whose newest line is not wholly in view;</li>
 * <li>a moving tile (style class {@value #MOVING_TILE}) at rest over a text; a tile in flight carries the pseudo-class
 * {@value #IN_FLIGHT} and is left alone.</li>
 * </ul>
 * Text drawn on a canvas is pixels, not nodes: this walker cannot read it. Call it on the FX thread, after a layout
 * pass (for instance after {@code WaitForAsyncUtils.waitForFxEvents()}).
 */
public final class ScreenContract {

    /** Style class that views put on a token that moves (a connection tile): it must not come to rest on text. */
    public static final String MOVING_TILE = "moving-tile";
    /** Pseudo-class of a moving tile while it flies: it may pass over text then. */
    public static final String IN_FLIGHT = "in-flight";
    /** Style classes of the bars that must always be wholly inside the window. */
    public static final List<String> BARS = List.of("menu-bar", "status-bar");
    /** Id of the Go log lists (see {@code LogPane}). */
    public static final String LOG_LIST_ID = "logList";

    /** One breach of the contract. */
    public record Violation(Kind kind, String description) {
        @Override
        public String toString() {
            return kind + ": " + description;
        }
    }

    /** The kinds of breach, to let a test filter or count them. */
    public enum Kind { TRUNCATED, CLIPPED, OVERLAP, TOO_SMALL, PLACEHOLDER, BAR_OUTSIDE, LOG_NOT_FOLLOWING, TILE_ON_TEXT,
        /** Words that disagree with the current run, or belong to another page (see {@code RunTruth}). */
        UNTRUE }

    /** Overlaps and cuts smaller than this, in px, are the rounding of layouts and font metrics, not a defect. */
    private static final double TOLERANCE = 1.5;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");
    private static final PseudoClass FLYING = PseudoClass.getPseudoClass(IN_FLIGHT);

    private final double minTextPx;

    /** @param minTextPx the smallest readable text height on screen, in scene px (font size times scale), e.g. 11 */
    public ScreenContract(double minTextPx) {
        this.minTextPx = minTextPx;
    }

    /** Every breach on {@code scene}, in the order found (texts first, then bars, logs and tiles). FX thread. */
    public List<Violation> check(Scene scene) {
        Node root = scene.getRoot();
        List<Shown> texts = new ArrayList<>();
        List<Shown> tiles = new ArrayList<>();
        List<Violation> out = new ArrayList<>();
        Clip window = new Clip(new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), false, false, "the window");
        walk(root, List.of(window), 1.0, texts, tiles, out);
        overlaps(texts, out);
        bars(root, window.rect, out);
        logsFollow(root, out);
        tilesOffText(tiles, texts, out);
        return out;
    }

    /** Visible and wholly inside the window and inside every scroll pane's viewport around it. */
    public static boolean whollyInView(Node n) {
        if (n == null) {
            return false;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || b.getMinX() < 0 || b.getMinY() < 0
                || b.getMaxX() > n.getScene().getWidth() + 0.5 || b.getMaxY() > n.getScene().getHeight() + 0.5) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p instanceof ScrollPane sp && p != n) {
                Node viewport = sp.lookup(".viewport");
                Bounds v = viewport.localToScene(viewport.getLayoutBounds());
                if (b.getMinY() < v.getMinY() - 0.5 || b.getMaxY() > v.getMaxY() + 0.5
                        || b.getMinX() < v.getMinX() - 0.5 || b.getMaxX() > v.getMaxX() + 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Puts every moving part of the scene at its place: calls {@link Animated#finishMotion()} on each node that is
     * {@link Animated}, then lays the scene out. Call it before {@link #check(Scene)} to look at the screen at rest.
     * FX thread.
     */
    public static void finishMotion(Scene scene) {
        finishMotion(scene.getRoot());
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    /**
     * The explanation line is read from the back of the room while the run goes on, with no time to scroll it: its
     * text must show whole in the lines the panel gives it. A breach when {@code #explainText} is taller than its
     * scroll pane shows (nothing when the window has no explanation line). FX thread, at rest.
     */
    public static List<Violation> explanationWhole(Scene scene) {
        if (!(scene.lookup("#explainText") instanceof Labeled text) || !text.isVisible()) {
            return List.of();
        }
        Node scroll = text.getParent();
        while (scroll != null && !(scroll instanceof ScrollPane)) {
            scroll = scroll.getParent();
        }
        if (scroll == null) {
            return List.of();
        }
        double shown = ((ScrollPane) scroll).getViewportBounds().getHeight();
        double needed = text.getLayoutBounds().getHeight();
        if (needed <= shown + TOLERANCE) {
            return List.of();
        }
        return List.of(new Violation(Kind.CLIPPED, "the explanation \"" + abbreviate(squash(text.getText()), 0)
                + "\" needs scrolling: " + Math.round(needed) + " px high in " + Math.round(shown) + " px"));
    }

    private static void finishMotion(Node node) {
        if (node instanceof Animated a) {
            a.finishMotion();
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(ScreenContract::finishMotion);
        }
    }

    // ---------------------------------------------------------------- the walk

    /** A shown node and the part of it that is on screen, in scene coordinates. */
    private record Shown(Node node, Bounds visible) { }

    /** A clip on the way down: its rectangle in scene coordinates, and whether content cut by it can be scrolled to. */
    private record Clip(Bounds rect, boolean scrollsX, boolean scrollsY, String owner) { }

    private void walk(Node node, List<Clip> clips, double opacity, List<Shown> texts, List<Shown> tiles,
            List<Violation> out) {
        double alpha = opacity * node.getOpacity();
        if (!node.isVisible() || alpha < 0.05) {
            return;
        }
        Bounds box = node.localToScene(node.getBoundsInLocal());
        Bounds shown = inside(box, clips);
        if (shown == null) {
            return; // scrolled away or outside every clip: nothing of it is on screen
        }
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            checkText(t, box, clips, out);
            texts.add(new Shown(t, shown));
        }
        if (node instanceof Labeled l) {
            checkLabeled(l, out);
        }
        if (node.getStyleClass().contains(MOVING_TILE) && !node.getPseudoClassStates().contains(FLYING)) {
            tiles.add(new Shown(node, shown));
        }
        if (node instanceof Parent p) {
            List<Clip> inner = clips;
            if (node.getClip() != null) {
                inner = new ArrayList<>(clips);
                inner.add(clipOf(node));
            }
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, inner, alpha, texts, tiles, out);
            }
        }
    }

    /** The part of {@code box} inside every clip, or null when nothing (or less than a px) is left. */
    private static Bounds inside(Bounds box, List<Clip> clips) {
        Bounds b = box;
        for (Clip c : clips) {
            b = intersect(b, c.rect);
            if (b == null) {
                return null;
            }
        }
        return b;
    }

    private static Clip clipOf(Node node) {
        Bounds rect = node.localToScene(node.getClip().getBoundsInParent());
        Parent owner = node.getParent();
        // The viewport of a scroll pane and the clipped container of a list clip what can be scrolled into view.
        if (owner instanceof ScrollPane || owner instanceof VirtualFlow<?>) {
            return new Clip(rect, scrollBarShown(owner, Orientation.HORIZONTAL),
                    scrollBarShown(owner, Orientation.VERTICAL), describe(owner));
        }
        return new Clip(rect, false, false, describe(node));
    }

    private static boolean scrollBarShown(Parent owner, Orientation o) {
        for (Node n : owner.getChildrenUnmodifiable()) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == o && bar.isVisible()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- single texts

    /** Cut: from the innermost clip out, what is left of the text must fit each clip that cannot scroll. */
    private void checkText(Text t, Bounds box, List<Clip> clips, List<Violation> out) {
        Bounds left = box;
        for (int i = clips.size() - 1; i >= 0 && left != null; i--) {
            Clip c = clips.get(i);
            boolean cutX = left.getMinX() < c.rect.getMinX() - TOLERANCE || left.getMaxX() > c.rect.getMaxX() + TOLERANCE;
            boolean cutY = left.getMinY() < c.rect.getMinY() - TOLERANCE || left.getMaxY() > c.rect.getMaxY() + TOLERANCE;
            if ((cutX && !c.scrollsX) || (cutY && !c.scrollsY)) {
                out.add(new Violation(Kind.CLIPPED, quote(t) + " in " + describe(t.getParent()) + " is cut by "
                        + c.owner + " " + rect(c.rect) + " at " + rect(box)));
                break;
            }
            left = intersect(left, c.rect);
        }
        if (t instanceof FontIcon) {
            return; // an icon: its place is checked, not its size as text
        }
        double scale = box.getHeight() / Math.max(1e-9, t.getBoundsInLocal().getHeight());
        double px = t.getFont().getSize() * scale;
        if (px < minTextPx - 0.05) {
            out.add(new Violation(Kind.TOO_SMALL, quote(t) + " in " + describe(t.getParent()) + " is "
                    + String.format(Locale.ROOT, "%.1f px", px) + " on screen, below " + minTextPx + " px"));
        }
        if (PLACEHOLDER.matcher(t.getText()).find()) {
            out.add(new Violation(Kind.PLACEHOLDER, quote(t) + " in " + describe(t.getParent())
                    + " shows an unformatted placeholder"));
        }
    }

    /** Ellipsised: the text its skin shows is not the label's whole text. */
    private static void checkLabeled(Labeled l, List<Violation> out) {
        String full = l.getText();
        if (full == null || full.isBlank() || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child != l.getGraphic()) {
                String want = l.isMnemonicParsing() ? full.replace("_", "") : full;
                String got = shown.getText() == null ? "" : shown.getText();
                if (!squash(got).equals(squash(want))) {
                    int from = Math.max(0, commonPrefix(squash(got), squash(want)) - 30);
                    out.add(new Violation(Kind.TRUNCATED, describe(l) + " should read \"" + abbreviate(squash(want), from)
                            + "\" but shows \"" + abbreviate(squash(got), from) + "\" ("
                            + rect(l.localToScene(l.getLayoutBounds())) + ")"));
                }
                return;
            }
        }
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Wrapping replaces spaces with line breaks: compare the words, not the white space. */
    private static String squash(String s) {
        return s.replace("_", "").replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------- texts together

    private static void overlaps(List<Shown> texts, List<Violation> out) {
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Shown a = texts.get(i);
                Shown b = texts.get(j);
                if (overlap(a.visible, b.visible)) {
                    out.add(new Violation(Kind.OVERLAP, quote((Text) a.node) + " in " + describe(a.node.getParent())
                            + " " + rect(a.visible) + " and " + quote((Text) b.node) + " in "
                            + describe(b.node.getParent()) + " " + rect(b.visible) + " overlap"));
                }
            }
        }
    }

    private static void tilesOffText(List<Shown> tiles, List<Shown> texts, List<Violation> out) {
        for (Shown tile : tiles) {
            for (Shown text : texts) {
                if (!isInside(text.node, tile.node) && overlap(tile.visible, text.visible)) {
                    out.add(new Violation(Kind.TILE_ON_TEXT, describe(tile.node) + " " + rect(tile.visible)
                            + " rests on " + quote((Text) text.node) + " in " + describe(text.node.getParent())));
                }
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        Bounds i = intersect(a, b);
        return i != null && i.getWidth() > TOLERANCE && i.getHeight() > TOLERANCE;
    }

    // ---------------------------------------------------------------- bars and logs

    private static void bars(Node root, Bounds window, List<Violation> out) {
        for (String styleClass : BARS) {
            // A view alone, without the window around it, has no bars: only the bars there are are checked.
            for (Node bar : root.lookupAll("." + styleClass)) {
                Bounds b = bar.localToScene(bar.getLayoutBounds());
                if (!bar.isVisible() || b.getHeight() < 1 || !contains(window, b)) {
                    out.add(new Violation(Kind.BAR_OUTSIDE, describe(bar) + " " + rect(b)
                            + " is not wholly inside the window " + rect(window)));
                }
            }
        }
    }

    /** The last line of every shown Go log list must be wholly inside the list's viewport. */
    private static void logsFollow(Node root, List<Violation> out) {
        for (Node n : root.lookupAll("#" + LOG_LIST_ID)) {
            if (!(n instanceof ListView<?> list) || !isShown(list) || list.getItems().isEmpty()) {
                continue;
            }
            int last = list.getItems().size() - 1;
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            IndexedCell<?> cell = flow == null ? null : flow.getVisibleCell(last);
            Bounds port = flow == null ? null : viewport(flow);
            Bounds cellBox = cell == null || !cell.isVisible() ? null : cell.localToScene(cell.getLayoutBounds());
            if (cellBox == null || port == null || cellBox.getMinY() < port.getMinY() - TOLERANCE
                    || cellBox.getMaxY() > port.getMaxY() + TOLERANCE) {
                out.add(new Violation(Kind.LOG_NOT_FOLLOWING, describe(list) + ": the newest line \""
                        + abbreviate(String.valueOf(list.getItems().get(last))) + "\" is not in view"));
            }
        }
    }

    /** The rectangle through which a list's cells are seen: its clipped container. */
    private static Bounds viewport(VirtualFlow<?> flow) {
        for (Node child : flow.getChildrenUnmodifiable()) {
            if (child.getClip() != null) {
                return child.localToScene(child.getClip().getBoundsInParent());
            }
        }
        return flow.localToScene(flow.getLayoutBounds());
    }

    private static boolean isShown(Node n) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (!a.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    // ---------------------------------------------------------------- geometry and words

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX - minX < 1 || maxY - minY < 1 ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - TOLERANCE && inner.getMinY() >= outer.getMinY() - TOLERANCE
                && inner.getMaxX() <= outer.getMaxX() + TOLERANCE && inner.getMaxY() <= outer.getMaxY() + TOLERANCE;
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A node as a reader of a failure can find it: type, id and style classes, and its nearest ancestor with an id. */
    static String describe(Node n) {
        if (n == null) {
            return "?";
        }
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        n.getStyleClass().stream().limit(3).forEach(c -> s.append('.').append(c));
        if (n.getId() == null) {
            for (Node a = n.getParent(); a != null; a = a.getParent()) {
                if (a.getId() != null) {
                    s.append(" (in #").append(a.getId()).append(')');
                    break;
                }
            }
        }
        return s.toString();
    }

    private static String quote(Text t) {
        return "\"" + abbreviate(t.getText()) + "\"";
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 0);
    }

    /** At most 70 characters of {@code s} from {@code from} on, on one line; "..." marks what is left out. */
    private static String abbreviate(String s, int from) {
        String one = s.replace('\n', ' ').substring(Math.min(from, s.length()));
        String head = from > 0 ? "..." : "";
        return one.length() <= 70 ? head + one : head + one.substring(0, 67) + "...";
    }

    private static String rect(Bounds b) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
