package gopatterns.ui.pool;

import gopatterns.history.pool.WorkerState;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/**
 * A worker (goroutine) as a small figure: a disc with a glyph for its state (the shape cue), a ring that
 * fills while its query runs, its number, and the connection it holds, shown in the figure's dock, where
 * the connection's tile lands.
 */
public final class WorkerFigure extends VBox {

    /** The disc's radius (px). */
    static final double RADIUS = 13;
    /** The disc's radius in a compact view (px): narrow figures, so that more stand in a row. */
    static final double COMPACT_RADIUS = 10;

    private final Circle body;
    private final Arc ring;
    private final Label glyph = new Label();
    private final Label connection = new Label();
    private final StackPane disc;
    private final TileDock dock = new TileDock();
    private WorkerState state;
    private int shownConnection = -1;
    private int shownProgress = -1;

    public WorkerFigure(int worker) {
        this(worker, false);
    }

    /** Worker {@code worker} (0-based), drawn small ({@code compact}) or at full size. */
    public WorkerFigure(int worker, boolean compact) {
        double radius = compact ? COMPACT_RADIUS : RADIUS;
        body = new Circle(radius);
        ring = new Arc(0, 0, radius + 3, radius + 3, 90, 0);
        setId("worker-" + worker);
        getStyleClass().add("worker-figure");
        body.getStyleClass().add("worker-body");
        ring.getStyleClass().add("worker-ring");
        ring.setType(ArcType.OPEN);
        ring.setManaged(false);
        glyph.getStyleClass().add("worker-glyph");
        connection.getStyleClass().add("worker-connection");
        disc = new StackPane(body, ring, glyph);
        disc.setMinSize(2 * radius + 8, 2 * radius + 8);
        disc.setPrefSize(2 * radius + 8, 2 * radius + 8);
        ring.centerXProperty().bind(disc.widthProperty().divide(2));
        ring.centerYProperty().bind(disc.heightProperty().divide(2));
        Label number = new Label(Integer.toString(worker));
        number.getStyleClass().add("worker-number");
        setAlignment(Pos.TOP_CENTER);
        dock.getStyleClass().add("worker-dock");
        dock.setResident(connection);
        dock.showResident(true);
        getChildren().addAll(disc, number, dock);
        update(WorkerState.NOT_ARRIVED, 0, 0);
    }

    /** Shows the worker's state; cheap when nothing changed, so it can run every frame. */
    public void update(WorkerState s, int heldConnection, double progress) {
        if (s != state) {
            if (state != null) {
                getStyleClass().remove(state.styleClass());
            }
            getStyleClass().add(s.styleClass());
            glyph.setText(s.glyph());
            ring.setVisible(s == WorkerState.QUERYING);
            state = s;
        }
        if (heldConnection != shownConnection) {
            connection.setText(heldConnection > 0 ? "C" + heldConnection : "");
            shownConnection = heldConnection;
        }
        int p = (int) Math.round(progress * 72); // 5 degree steps: smooth enough, few redraws
        if (s == WorkerState.QUERYING && p != shownProgress) {
            ring.setLength(-p * 5);
            shownProgress = p;
        }
    }

    public WorkerState state() {
        return state;
    }

    /** The connection label's text: "C3", or empty. */
    public String connectionText() {
        return connection.getText();
    }

    /** The dock under the figure, where connection tiles land and leave from. */
    TileDock dock() {
        return dock;
    }
}
