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

/**
 * The Go log of a run, line by line as the Go program prints it. It follows the newest line, which it keeps
 * wholly in view at the bottom, until the user scrolls up; then a "Newest" button over the bottom of the log
 * goes back to the newest line and to following it. Scrolling down to the end follows again too. Lines the Go
 * program would never print (it has exited; the leaked thread goes on) are greyed.
 */
public final class LogPane extends BorderPane {

    private static final PseudoClass AFTER_END = PseudoClass.getPseudoClass("after-end");

    private final ObservableList<SimulationModel.LogLine> lines;
    private final ListView<SimulationModel.LogLine> list = new ListView<>();
    private final Button newest = new Button(I18n.get("log.newest"));
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    /** A user's gesture may have moved the log: the next layout decides whether it still follows. */
    private boolean userMoved;
    private boolean upward;
    private int shownBefore;

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
        StackPane body = new StackPane(list, newest);
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
        list.layout();
        if (userMoved) {
            boolean shows = showsNewest(flow);
            following.set(shows || (following.get() && !upward));
            userMoved = upward = false;
        }
        if (following.get() && !showsNewest(flow)) {
            // With a fixed cell size the last line lands exactly at the bottom (ListView.scrollTo would put it
            // at the top instead).
            // The flow takes a line partly in view as shown, and after many new lines at once it may not have
            // laid the newest out yet: a few more tries, the rest of a cut line by pixels.
            for (int tries = 0; tries < 3 && !showsNewest(flow); tries++) {
                flow.scrollTo(lines.size() - 1);
                list.layout();
                double below = below(flow);
                if (below > 0.5 && below < Double.POSITIVE_INFINITY) {
                    flow.scrollPixels(below);
                    list.layout();
                }
            }
        }
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

        @Override
        protected void updateItem(SimulationModel.LogLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
            pseudoClassStateChanged(AFTER_END, !empty && item != null && item.afterEnd());
        }
    }
}
