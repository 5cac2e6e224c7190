package gopatterns.ui.runner;

import gopatterns.ui.I18n;
import gopatterns.ui.common.ViewListeners;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The timeout as a fuse on a time axis from the runner's creation (left) to the deadline (right): full at
 * creation, it burns down in virtual time, its colour and icon change as it nears zero, the seconds left are
 * written out, and a mark shows where the timeout fired or where Start returned without it.
 */
final class CountdownBar extends VBox {

    private static final PseudoClass IDLE = PseudoClass.getPseudoClass("idle");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");
    private static final PseudoClass FIRED = PseudoClass.getPseudoClass("fired");
    private static final PseudoClass STOPPED = PseudoClass.getPseudoClass("stopped");
    private static final double[] TICK_STEPS = {0.5, 1, 2, 5, 10};

    private final FontIcon icon = new FontIcon("mdi2t-timer-sand");
    private final Label remaining = new Label();
    private final Label status = new Label();
    private final Track track = new Track();
    private final Pane ticks = new Pane();
    private final List<Label> tickLabels = new ArrayList<>();
    private final List<Double> tickTimes = new ArrayList<>();
    private Countdown shown;

    CountdownBar(RunnerModel model, ViewListeners listeners) {
        setId("countdownBar");
        getStyleClass().add("countdown-bar");
        icon.getStyleClass().add("countdown-icon");
        Label title = new Label(I18n.get("countdown.title"));
        title.getStyleClass().add("countdown-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label code = new Label(I18n.get("countdown.code"));
        code.getStyleClass().add("countdown-code");
        code.setMinWidth(0);
        code.setWrapText(true);
        code.setMinHeight(Region.USE_PREF_SIZE);
        remaining.setId("countdownRemaining");
        remaining.getStyleClass().add("countdown-remaining");
        remaining.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // The code has a line of its own: beside the seconds left, whose wording grows when the run ends, it
        // would wrap into more lines then and push the Interrupt button down.
        HBox header = new HBox(8, icon, title, spacer, remaining);
        header.setAlignment(Pos.CENTER_LEFT);
        ticks.getStyleClass().add("countdown-ticks");
        ticks.setMinHeight(16);
        ticks.setPrefHeight(16);
        ticks.setMinWidth(0);
        status.setId("countdownStatus");
        status.getStyleClass().add("countdown-status");
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        getChildren().addAll(header, code, track, ticks, status);
        listeners.onValue(model.countdownProperty(), this::show);
    }

    private void show(Countdown c) {
        if (c == null) {
            return;
        }
        if (shown == null || shown.totalNanos() != c.totalNanos()) {
            buildTicks(c.totalNanos() / 1e9);
        }
        shown = c;
        double f = c.fraction();
        pseudoClassStateChanged(IDLE, !c.draining() && !c.fired() && !c.stopped());
        pseudoClassStateChanged(FIRED, c.fired());
        pseudoClassStateChanged(STOPPED, c.stopped());
        pseudoClassStateChanged(WARNING, !c.fired() && f <= 0.5 && f > 0.2);
        pseudoClassStateChanged(CRITICAL, !c.fired() && f <= 0.2);
        remaining.setText(remainingText(c));
        if (c.fired()) {
            status.setText(I18n.get("countdown.fired", c.firedAtNanos() / 1e9));
            icon.setIconLiteral("mdi2a-alarm");
        } else if (c.stopped()) {
            status.setText(I18n.get("countdown.stopped", c.stoppedAtNanos() / 1e9));
            icon.setIconLiteral("mdi2t-timer-off");
        } else {
            status.setText(I18n.get(c.draining() ? "countdown.draining" : "countdown.idle"));
            icon.setIconLiteral(f <= 0.2 ? "mdi2t-timer-alert" : "mdi2t-timer-sand");
        }
        track.requestLayout();
    }

    /** What is left while the timeout counts; once Start has returned, what became of it. */
    private static String remainingText(Countdown c) {
        if (c.fired()) {
            return I18n.get("countdown.left.fired", c.firedAtNanos() / 1e9);
        }
        if (c.stopped()) {
            return I18n.get("countdown.left.stopped", c.stoppedAtNanos() / 1e9, c.remainingNanos() / 1e9);
        }
        return I18n.get("countdown.left", c.remainingNanos() / 1e9);
    }

    /** What is left, 0..1, as the fill shows it: for tests. */
    double shownFraction() {
        return track.fill.getWidth() / Math.max(1, track.getWidth() - track.snappedLeftInset() - track.snappedRightInset());
    }

    private void buildTicks(double totalSeconds) {
        ticks.getChildren().clear();
        tickLabels.clear();
        tickTimes.clear();
        double step = TICK_STEPS[TICK_STEPS.length - 1];
        for (double s : TICK_STEPS) {
            if (totalSeconds / s <= 8) {
                step = s;
                break;
            }
        }
        for (double t = 0; t <= totalSeconds + 1e-9; t += step) {
            Label l = new Label(I18n.get("countdown.tick", t));
            l.getStyleClass().add("countdown-tick");
            tickLabels.add(l);
            tickTimes.add(t);
        }
        ticks.getChildren().addAll(tickLabels);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double total = shown == null ? 0 : shown.totalNanos() / 1e9;
        double w = ticks.getWidth();
        for (int i = 0; i < tickLabels.size(); i++) {
            Label l = tickLabels.get(i);
            double lw = l.prefWidth(-1);
            double x = total <= 0 ? 0 : w * tickTimes.get(i) / total - lw / 2;
            l.resizeRelocate(Math.max(0, Math.min(w - lw, x)), 0, lw, ticks.getHeight());
        }
    }

    /** The fuse: a track, the part of the timeout still left, and the mark of how it ended. */
    private final class Track extends Pane {
        private final Region fill = new Region();
        private final Region mark = new Region();
        private final Label markLabel = new Label();

        Track() {
            getStyleClass().add("countdown-track");
            fill.getStyleClass().add("countdown-fill");
            fill.setId("countdownFill");
            mark.getStyleClass().add("countdown-mark");
            mark.setId("countdownMark");
            markLabel.getStyleClass().add("countdown-mark-label");
            markLabel.setId("countdownMarkLabel");
            setMinHeight(26);
            setPrefHeight(26);
            setMinWidth(0);
            getChildren().addAll(fill, mark, markLabel);
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double w = getWidth() - left - snappedRightInset();
            double h = getHeight() - top - snappedBottomInset();
            Countdown c = shown;
            if (c == null) {
                return;
            }
            double f = c.fraction();
            // Burnt from the left: the fill's left edge is "now" on the time axis.
            fill.resizeRelocate(left + w * (1 - f), top, w * f, h);
            boolean marked = c.fired() || c.stopped();
            mark.setVisible(marked);
            markLabel.setVisible(marked);
            if (marked) {
                long at = c.fired() ? c.firedAtNanos() : c.stoppedAtNanos();
                double x = left + w * Math.max(0, Math.min(1, c.totalNanos() <= 0 ? 1 : (double) at / c.totalNanos()));
                mark.resizeRelocate(x - 2, 0, 4, getHeight());
                markLabel.setText(I18n.get(c.fired() ? "countdown.mark.fired" : "countdown.mark.stopped"));
                double lw = markLabel.prefWidth(-1);
                double lx = x > left + w / 2 ? x - lw - 6 : x + 6;
                markLabel.resizeRelocate(lx, top, lw, h);
            }
        }
    }
}
