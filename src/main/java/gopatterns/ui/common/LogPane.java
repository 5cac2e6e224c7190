package gopatterns.ui.common;

import gopatterns.ui.I18n;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The Go log of a run, line by line as the Go program prints it. It follows the newest line, which it keeps
 * wholly in view at the bottom, until the user scrolls up; then a "Newest" button over the bottom of the log
 * goes back to the newest line and to following it. Scrolling down to the end follows again too. Lines the Go
 * program would never print (it has exited; the leaked thread goes on) are greyed.
 *
 * <p>Every line reads whole at any width: a line that fits takes one row, one that does not wrap in the rows it
 * needs. While every line fits, all rows have one fixed height and the list never measures its cells (see the
 * fixed cell size in common.css), which keeps a log of many lines cheap; only while a line wraps does it measure
 * them. Telling the two apart costs one pass over the lines' characters when lines or the width change.
 */
public final class LogPane extends BorderPane {

    private static final PseudoClass AFTER_END = PseudoClass.getPseudoClass("after-end");
    /** On the pane while a line wraps: the list measures its cells (common.css). */
    private static final String WRAPS = "wraps";

    private final ObservableList<SimulationModel.LogLine> lines;
    private final ListView<SimulationModel.LogLine> list = new ListView<>();
    private final Button newest = new Button(I18n.get("log.newest"));
    private final StackPane body;
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    /** A user's gesture may have moved the log: the next layout decides whether it still follows. */
    private boolean userMoved;
    private boolean upward;
    private int shownBefore;
    /** What the wrapping was worked out from (lines changed, width, font). */
    private boolean linesDirty = true;
    private double rowsForWidth = -1;
    private Font rowsForFont;

    public LogPane(ObservableList<SimulationModel.LogLine> lines) {
        this.lines = lines;
        getStyleClass().add("log-pane");
        Label title = new Label(I18n.get("log.title"));
        title.getStyleClass().add("pane-title");
        setTop(title);
        list.setId("logList");
        list.setItems(lines);
        list.setPlaceholder(new Label(I18n.get("log.empty")));
        list.setCellFactory(v -> new LineCell());
        lines.addListener((ListChangeListener<SimulationModel.LogLine>) c -> linesChanged(c));
        shownBefore = lines.size();

        newest.setId("logNewest");
        newest.getStyleClass().addAll("log-newest", "small");
        newest.setFocusTraversable(false);
        newest.visibleProperty().bind(following.not());
        newest.managedProperty().bind(newest.visibleProperty());
        newest.setOnAction(e -> follow());
        StackPane.setAlignment(newest, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(newest, new Insets(0, 22, 6, 0)); // clear of the vertical scroll bar
        body = new StackPane(list, newest);
        body.setMinHeight(0);
        setCenter(body);

        list.addEventFilter(ScrollEvent.SCROLL, e -> moved(e.getDeltaY() > 0));
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, this::movedByScrollBar);
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::movedByScrollBar);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            KeyCode k = e.getCode();
            if (k == KeyCode.UP || k == KeyCode.PAGE_UP || k == KeyCode.HOME
                    || k == KeyCode.DOWN || k == KeyCode.PAGE_DOWN || k == KeyCode.END) {
                moved(k == KeyCode.UP || k == KeyCode.PAGE_UP || k == KeyCode.HOME);
            }
        });
    }

    public ListView<SimulationModel.LogLine> list() {
        return list;
    }

    /** True while the log keeps its newest line in view; false once the user has scrolled up. */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** Shows the newest line and follows the log again, as the "Newest" button does. */
    public void follow() {
        following.set(true);
        requestLayout();
    }

    private void linesChanged(ListChangeListener.Change<? extends SimulationModel.LogLine> c) {
        while (c.next()) {
            // A new run, or more new lines than the log keeps: nothing the user scrolled to is left.
            if (c.getFrom() == 0 && c.getRemovedSize() >= shownBefore) {
                following.set(true);
            }
        }
        shownBefore = lines.size();
        linesDirty = true;
        if (following.get()) {
            requestLayout();
        }
    }

    private void moved(boolean up) {
        userMoved = true;
        upward |= up;
        requestLayout();
    }

    private void movedByScrollBar(MouseEvent e) {
        for (Node n = (Node) e.getTarget(); n != null && n != list; n = n.getParent()) {
            if (n instanceof ScrollBar) {
                moved(true);
                return;
            }
        }
    }

    /**
     * After the list has taken in its new lines and its size: a gesture up that left the newest line out of
     * view stops following, one that shows it follows again; while following, the newest line is brought
     * wholly into view at the bottom. The list lays itself out again within the same pass.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        VirtualFlow<?> flow = flow();
        if (flow == null || lines.isEmpty()) {
            userMoved = upward = false;
            return;
        }
        // The body gives the list its new size only in its own layout, which would come after this one.
        body.layout();
        // Twice at most: a taller row may bring the vertical scroll bar, which narrows the rows.
        for (int pass = 0; pass < 2 && fitRows(flow); pass++) {
            list.applyCss();
            list.layout();
        }
        if (userMoved) {
            boolean shows = showsNewest(flow);
            following.set(shows || (following.get() && !upward));
            userMoved = upward = false;
        }
        // A flow that has just taken in new lines, taller rows or a new size places its cells
        // by an estimate and asks for one more layout: lay it out until the newest line really sits in view.
        for (int tries = 0; tries < 3 && following.get() && !showsNewest(flow); tries++) {
            // The last line lands at the bottom (ListView.scrollTo would put it at the top instead); with
            // measured rows, the pixels below bring the rest of it.
            flow.scrollTo(lines.size() - 1);
            list.layout();
            flow.layout();
            // The flow takes a line partly in view as shown: the rest of it comes by pixels.
            double below = below(flow);
            if (below > 0.5 && below < Double.POSITIVE_INFINITY) {
                flow.scrollPixels(below);
                list.layout();
            }
        }
    }

    /**
     * Lets the list measure its cells while a line needs more than one row at the cells' width, and keeps the
     * fixed cell size (the list never measures a cell) while every line fits in one. Returns true if that
     * changed (the list must be laid out again).
     */
    private boolean fitRows(VirtualFlow<?> flow) {
        IndexedCell<?> cell = flow.getFirstVisibleCell();
        if (cell == null) {
            return false;
        }
        double width = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        Font font = cell.getFont();
        if (!linesDirty && width == rowsForWidth && font.equals(rowsForFont)) {
            return false;
        }
        linesDirty = false;
        rowsForWidth = width;
        rowsForFont = font;
        int perRow = Math.max(1, (int) Math.floor((width - 1) / widestAdvance(font)));
        boolean wraps = lines.stream().anyMatch(line -> LineWrap.rows(line.text(), perRow) > 1);
        if (wraps == getStyleClass().contains(WRAPS)) {
            return false;
        }
        // See .log-pane.wraps in common.css: a line that fits keeps one row, one that wraps takes what it needs.
        if (wraps) {
            getStyleClass().add(WRAPS);
        } else {
            getStyleClass().remove(WRAPS);
        }
        // The cells' labels cut their text to the height they had: they lay it out again in the new one.
        list.refresh();
        return true;
    }

    /**
     * The widest advance of a printable ASCII character in the font, upright or italic (greyed lines): no
     * line of that many characters is wider than this many times it.
     */
    private static double widestAdvance(Font font) {
        double widest = 1;
        for (FontPosture posture : FontPosture.values()) {
            Text t = new Text();
            t.setFont(Font.font(font.getFamily(), FontWeight.NORMAL, posture, font.getSize()));
            for (char c = 33; c < 127; c++) {
                t.setText(String.valueOf(c));
                widest = Math.max(widest, t.getLayoutBounds().getWidth());
            }
        }
        return widest;
    }

    /** True when the cell of the newest line lies wholly inside the list's viewport. */
    private boolean showsNewest(VirtualFlow<?> flow) {
        return below(flow) <= 0.5;
    }

    /**
     * How far, in px, the newest line sticks out below the list's viewport: 0 or less when wholly in view,
     * infinity when it is not among the rows laid out or sticks out at the top.
     */
    private double below(VirtualFlow<?> flow) {
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (last == null || last.getIndex() != lines.size() - 1) {
            return Double.POSITIVE_INFINITY;
        }
        Node sheet = last.getParent(); // the flow's sheet, inside its clipped container
        Node clipped = sheet == null ? null : sheet.getParent();
        if (clipped == null) {
            return Double.POSITIVE_INFINITY;
        }
        // What is seen is the container's clip: its layout bounds take in the whole sheet, the cut cell too.
        javafx.geometry.Bounds port = clipped.getClip() != null
                ? clipped.getClip().getBoundsInParent() : clipped.getLayoutBounds();
        javafx.geometry.Bounds b = clipped.sceneToLocal(last.localToScene(last.getLayoutBounds()));
        return b.getMinY() < port.getMinY() - 0.5 ? Double.POSITIVE_INFINITY : b.getMaxY() - port.getMaxY();
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
    }

    private static final class LineCell extends ListCell<SimulationModel.LogLine> {
        LineCell() {
            getStyleClass().add("log-line");
        }

        /**
         * None: a line never widens the list beyond its viewport (no horizontal scrolling, where a line's end
         * would be out of view); it wraps in the viewport's width.
         */
        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }

        @Override
        protected void updateItem(SimulationModel.LogLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
            pseudoClassStateChanged(AFTER_END, !empty && item != null && item.afterEnd());
        }
    }
}
