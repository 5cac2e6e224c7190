package gopatterns.ui.pool;

import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/**
 * The workers of the run shown: a figure each up to {@link #FIGURE_LIMIT}, a heat map beyond; before a run, a
 * hint. The nodes are kept from run to run while the count stays the same: a new run changes states only.
 */
public final class WorkersPane extends StackPane {

    /** Up to this many workers are drawn as figures; more become cells of a heat map. */
    public static final int FIGURE_LIMIT = 200;

    private final PoolModel model;
    private final Label hint = new Label(I18n.get("pool.workers.hint"));
    private final List<WorkerFigure> figures = new ArrayList<>();
    private WorkerGridCanvas grid;
    private ScrollPane scroll;
    private Node content;
    private int builtFor = -1;
    private boolean compact;

    public WorkersPane(PoolModel model) {
        this.model = model;
        getStyleClass().add("workers-pane");
        hint.getStyleClass().add("workers-hint");
        hint.setWrapText(true);
        getChildren().setAll(hint);
    }

    /** Small figures ({@code compact}, half a window) or full-size ones; the figures are rebuilt at the next refresh. */
    public void setCompact(boolean compact) {
        if (compact != this.compact) {
            this.compact = compact;
            builtFor = -1;
        }
    }

    /** Brings the workers up to date with the model; cheap when little changed, so it runs every frame. */
    public void refresh() {
        boolean running = model.runParamsProperty().get() != null;
        hint.setVisible(!running);
        if (model.workerCount() > 0 && model.workerCount() != builtFor) {
            build(model.workerCount());
        }
        if (content == null) {
            return;
        }
        // Only the workers the fold has at the playhead: none before the run's start is folded (Home), whatever
        // figures an event further on had drawn.
        content.setVisible(running && model.workerCount() > 0);
        if (!content.isVisible()) {
            return;
        }
        if (grid != null) {
            grid.paint();
            return;
        }
        int n = Math.min(figures.size(), model.workerCount());
        for (int q = 0; q < n; q++) {
            figures.get(q).update(model.workerState(q), model.workerConnection(q), model.queryProgress(q));
        }
    }

    private void build(int n) {
        figures.clear();
        grid = null;
        builtFor = n;
        if (n <= FIGURE_LIMIT) {
            FlowPane pane = new FlowPane(4, 4);
            pane.getStyleClass().add("worker-figures");
            for (int q = 0; q < n; q++) {
                WorkerFigure f = new WorkerFigure(q, compact);
                figures.add(f);
                pane.getChildren().add(f);
            }
            scroll = new ScrollPane(pane);
            scroll.setFitToWidth(true);
            scroll.getStyleClass().add("edge-to-edge");
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            content = scroll;
        } else {
            scroll = null;
            grid = new WorkerGridCanvas(model);
            grid.setId("workerGrid");
            content = grid;
        }
        getChildren().setAll(content, hint);
    }

    /** The worker figures, empty when the heat map is shown. */
    public List<WorkerFigure> figures() {
        return List.copyOf(figures);
    }

    /** The heat map, or null when figures are shown. */
    public WorkerGridCanvas grid() {
        return grid;
    }

    /**
     * Worker {@code q}'s dock, where its connection's tile lands; null when the worker has no figure (a heat map's
     * cells are too small to land on) or its dock is not wholly in view: a tile must not rest where the figure
     * has been scrolled away, over the texts around the list.
     */
    TileDock dockOf(int q) {
        if (q < 0 || q >= figures.size() || scroll == null) {
            return null;
        }
        TileDock dock = figures.get(q).dock();
        Node viewport = scroll.lookup(".viewport");
        if (viewport == null) {
            return null;
        }
        Bounds port = viewport.localToScene(viewport.getLayoutBounds());
        Bounds b = dock.localToScene(dock.getLayoutBounds());
        return port.contains(b) ? dock : null;
    }
}
