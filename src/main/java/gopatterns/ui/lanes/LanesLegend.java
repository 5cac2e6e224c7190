package gopatterns.ui.lanes;

import gopatterns.history.lanes.LaneState;
import gopatterns.history.lanes.MarkKind;
import gopatterns.history.lanes.PoolLanes;
import gopatterns.ui.I18n;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** What the lanes' colours and shapes mean, for the kind of run shown; wraps, never cuts a word. */
final class LanesLegend extends FlowPane {

    private static final double W = 18;
    private static final double H = 12;

    static final List<LaneState> RUNNER_STATES = List.of(LaneState.RUNNING, LaneState.SELECT, LaneState.TASK,
            LaneState.LEAKED, LaneState.BLOCKED, LaneState.TIMER, LaneState.PENDING);
    static final List<MarkKind> RUNNER_MARKS = List.of(MarkKind.TIMEOUT_FIRED, MarkKind.INTERRUPT_SENT,
            MarkKind.INTERRUPT_SEEN, MarkKind.INTERRUPT_NEVER_SEEN, MarkKind.RETURNED, MarkKind.CANCELLED);
    static final List<LaneState> POOL_STATES = List.of(LaneState.ACQUIRING, LaneState.HOLDING);
    static final List<MarkKind> POOL_MARKS = List.of(MarkKind.ACQUIRED_NEW, MarkKind.ACQUIRED_SHARED,
            MarkKind.RELEASED_IN_QUEUE, MarkKind.RELEASED_CLOSING, MarkKind.RELEASED_AFTER_CLOSE, MarkKind.DONE,
            MarkKind.FAILED);

    LanesLegend() {
        getStyleClass().add("lanes-legend");
        setHgap(12);
        setVgap(4);
    }

    /** Shows the entries for a runner's lanes, a pool's, or none (no run yet). */
    void show(Class<?> kind) {
        getChildren().clear();
        if (kind == PoolLanes.class) {
            POOL_STATES.forEach(this::state);
            POOL_MARKS.forEach(this::mark);
            connection();
        } else if (kind != null) {
            RUNNER_STATES.forEach(this::state);
            RUNNER_MARKS.forEach(this::mark);
        }
    }

    private void state(LaneState s) {
        Canvas swatch = new Canvas(W, H);
        LanesPainter.swatch(swatch.getGraphicsContext2D(), s, W, H);
        entry(swatch, LaneLook.name(s));
    }

    private void mark(MarkKind k) {
        Canvas swatch = new Canvas(W, H);
        LanesPainter.mark(swatch.getGraphicsContext2D(), k, W / 2, W / 2, 0, H, null);
        entry(swatch, LaneLook.name(k));
    }

    /** How a hold names its connection: written in it where it fits, told under the pointer everywhere. */
    private void connection() {
        Canvas swatch = new Canvas(W, H);
        LanesPainter.swatch(swatch.getGraphicsContext2D(), LaneState.HOLDING, W, H);
        entry(swatch, I18n.get("lanes.legend.connection", I18n.get("lanes.connection", 3)));
    }

    private void entry(Canvas swatch, String text) {
        Label l = new Label(text, swatch);
        l.getStyleClass().add("lanes-legend-entry");
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(l);
    }
}
