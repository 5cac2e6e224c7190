package gopatterns.ui.lanes;

import gopatterns.event.GoEvent;
import gopatterns.history.lanes.LaneFold;
import gopatterns.history.lanes.PoolLanes;
import gopatterns.ui.I18n;
import gopatterns.ui.common.CanvasPane;
import gopatterns.ui.common.SimulationModel;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * The lanes' look: a title and legend over a canvas. Each animation frame it folds the history's new events
 * (a new run, or a history that shrank, is folded afresh) and redraws when something changed, at most on
 * the model's chart frames.
 */
final class LanesSkin extends SkinBase<LanesView> {

    private final SimulationModel<?> model;
    private final Label title = new Label(I18n.get("lanes.title"));
    private final LanesLegend legend = new LanesLegend();
    private final Plot plot = new Plot();
    private final LanesPainter painter = new LanesPainter();
    /** The hold under the pointer, told: installed on the plot only while the pointer is on a hold. */
    private final Tooltip holdTip = new Tooltip();
    private boolean tipShown;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh(false);
        }
    };
    private LaneFold fold;
    private GoEvent first;
    private Class<?> legendKind;
    private boolean dirty = true;
    private long drawnPlayhead = -1;
    private int drawnEvents = -1;

    LanesSkin(LanesView view) {
        super(view);
        model = view.model();
        title.getStyleClass().add("lanes-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        HBox header = new HBox(16, title, legend);
        header.getStyleClass().add("lanes-header");
        HBox.setHgrow(legend, Priority.ALWAYS);
        legend.setMinWidth(0);
        VBox.setVgrow(plot, Priority.ALWAYS);
        VBox box = new VBox(6, header, plot);
        box.getStyleClass().add("lanes-box");
        getChildren().add(box);
        plot.setOnMousePressed(this::seek);
        plot.setOnMouseDragged(this::seek);
        plot.setOnMouseMoved(e -> point(painter.holdAt(e.getX(), e.getY())));
        plot.setOnMouseExited(e -> point(null));
        holdTip.setShowDelay(Duration.millis(200));
        holdTip.getStyleClass().add("lanes-hold-tip");
        // Frames only while shown: a hidden lanes view costs nothing.
        view.sceneProperty().subscribe(s -> {
            if (s == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
        refresh(true);
    }

    private LanesView view() {
        return getSkinnable();
    }

    /** Folds new events; draws if anything changed and this frame may draw (or {@code force}). */
    void refresh(boolean force) {
        List<? extends GoEvent> history = model.history();
        if (fold != null && (history.size() < fold.applied() || history.isEmpty() || history.getFirst() != first)) {
            fold = null; // a new run, or a reset
        }
        if (fold == null && !history.isEmpty()) {
            first = history.getFirst();
            fold = LaneFold.forRunOf(first);
        }
        if (fold != null) {
            for (int i = fold.applied(); i < history.size(); i++) {
                fold.apply(history.get(i));
            }
        }
        Class<?> kind = fold == null ? null : fold.getClass();
        if (kind != legendKind) {
            legendKind = kind;
            legend.show(kind);
        }
        long playhead = view().playheadNanosProperty().get();
        int events = fold == null ? 0 : fold.applied();
        dirty |= playhead != drawnPlayhead || events != drawnEvents;
        if (dirty && (force || model.framePlan().lanes())) {
            draw();
        }
    }

    /** Paints now; returns the nanoseconds it took (for the benchmark). */
    long draw() {
        long start = System.nanoTime();
        painter.style(Font.font(title.getFont().getFamily(), title.getFont().getSize()), title.getTextFill() instanceof Color c ? c : Color.GREY);
        long playhead = view().playheadNanosProperty().get();
        painter.paint(plot.surface().getGraphicsContext2D(), plot.surface().getWidth(), plot.surface().getHeight(),
                fold, playhead);
        drawnPlayhead = playhead;
        drawnEvents = fold == null ? 0 : fold.applied();
        dirty = false;
        return System.nanoTime() - start;
    }

    LaneFold fold() {
        return fold;
    }

    LanesPainter painter() {
        return painter;
    }

    /**
     * The pointer is on {@code hold} (null: on none): its connection is outlined on every lane, and the tip tells
     * it, also where the lane is too thin to write the connection's id.
     */
    private void point(LanesPainter.Hold hold) {
        highlight(hold == null ? -1 : hold.segment().detail());
        String tip = hold != null && fold instanceof PoolLanes pool ? HoldTip.text(pool, hold) : null;
        if (tip != null) {
            holdTip.setText(tip);
            if (!tipShown) {
                Tooltip.install(plot, holdTip);
                tipShown = true;
            }
        } else if (tipShown) {
            Tooltip.uninstall(plot, holdTip);
            tipShown = false;
        }
    }

    /** What the tip tells of the hold under the pointer, or null when the pointer is on none. */
    String holdTip() {
        return tipShown ? holdTip.getText() : null;
    }

    /** Outlines the holds of the connection under the pointer on every lane, at once. */
    private void highlight(long connection) {
        if (connection != painter.highlighted()) {
            painter.highlight(connection);
            draw();
        }
    }

    private void seek(MouseEvent e) {
        LongConsumer onSeek = view().onSeekProperty().get();
        long t = painter.timeAt(e.getX());
        if (onSeek != null && t >= 0 && fold != null) {
            onSeek.accept(t);
        }
    }

    @Override
    public void dispose() {
        timer.stop();
        super.dispose();
    }

    /** The canvas, repainted whole after a change of size. */
    private final class Plot extends CanvasPane {
        Plot() {
            getStyleClass().add("lanes-plot");
            setMinSize(0, 0);
        }

        javafx.scene.canvas.Canvas surface() {
            return canvas();
        }

        @Override
        protected void resized() {
            dirty = true;
            draw();
        }
    }
}
