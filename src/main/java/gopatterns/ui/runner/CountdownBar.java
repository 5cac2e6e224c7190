package gopatterns.ui.runner;

import gopatterns.history.runner.Countdown;
import gopatterns.ui.I18n;
import gopatterns.ui.common.LongestWord;
import gopatterns.ui.common.ViewListeners;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
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
    private final Label title = new Label();
    private final Label code = new Label();
    private final Header header;
    private final Track track = new Track();
    private final Pane ticks = new Pane();
    private final List<Label> tickLabels = new ArrayList<>();
    private final List<Double> tickTimes = new ArrayList<>();
    private Countdown shown;

    CountdownBar(RunnerModel model, ViewListeners listeners) {
        setId("countdownBar");
        getStyleClass().add("countdown-bar");
        icon.getStyleClass().add("countdown-icon");
        title.setText(I18n.get("countdown.title"));
        title.getStyleClass().add("countdown-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        code.setText(I18n.get("countdown.code"));
        code.getStyleClass().add("countdown-code");
        code.setWrapText(true);
        code.setMinHeight(Region.USE_PREF_SIZE);
        LongestWord.keepMinWidth(code);
        remaining.setId("countdownRemaining");
        remaining.getStyleClass().add("countdown-remaining");
        // Wraps between words when the column is narrow ("Start returned at 1.0 s, 2.0 s unused" is long): as
        // one line it would make the whole stage wider than its column.
        remaining.setWrapText(true);
        remaining.setTextAlignment(TextAlignment.RIGHT);
        remaining.setAlignment(Pos.CENTER_RIGHT);
        header = new Header();
        ticks.getStyleClass().add("countdown-ticks");
        ticks.setMinHeight(16);
        ticks.setPrefHeight(16);
        ticks.setMinWidth(0);
        status.setId("countdownStatus");
        status.getStyleClass().add("countdown-status");
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setWrapText(true);
        getChildren().addAll(header, track, ticks, status);
        listeners.onValue(model.countdownProperty(), this::show);
    }

    /** Compact: the title, the time and the bar on two lines, without the code, the scale and the sentence. */
    void setCompact(boolean compact) {
        code.setText(compact ? "" : I18n.get("countdown.code")); // the header keeps a place for it: an empty one
        for (Region r : new Region[] {ticks, status}) {
            r.setVisible(!compact);
            r.setManaged(!compact);
        }
    }

    private void show(Countdown c) {
        if (c == null) {
            return;
        }
        if (shown == null || shown.totalNanos() != c.totalNanos()) {
            buildTicks(c.totalNanos() / 1e9);
            header.fitTo(c.totalNanos() / 1e9);
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
            return I18n.get("countdown.left.stopped", c.stoppedAtNanos() / 1e9, c.spokenNanos() / 1e9);
        }
        return I18n.get("countdown.left", c.spokenNanos() / 1e9);
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

    /**
     * Icon, title, code and the seconds left on one row. The seconds left get one size in every state of the
     * run, that of the longest thing they may say: on one line while the code label can give way (down to its
     * longest word), wrapped between words when the column is narrower. So the Interrupt button under the
     * countdown never moves as the words change, and no one-line label makes the stage wider than its column.
     */
    private final class Header extends Pane {
        private static final double GAP = 8;
        /**
         * Unshown labels styled as the seconds left, saying what they may say in this run (now, at a timeout, at
         * an early return): their sizes are the sizes reserved.
         */
        private final List<Label> says = List.of(new Label(), new Label(), new Label());

        Header() {
            getChildren().addAll(icon, title, code, remaining);
            for (Label probe : says) {
                probe.getStyleClass().add("countdown-remaining");
                probe.setWrapText(true);
                probe.setVisible(false);
                probe.setManaged(false);
                getChildren().add(probe);
            }
            fitTo(0);
        }

        /** Sets what the seconds left may say for a timeout of {@code total} seconds. */
        void fitTo(double total) {
            says.get(0).setText(I18n.get("countdown.left", total));
            says.get(1).setText(I18n.get("countdown.left.fired", total));
            says.get(2).setText(I18n.get("countdown.left.stopped", total, total));
        }

        private double remainingOneLine() {
            return says.stream().mapToDouble(l -> Math.ceil(l.prefWidth(-1))).max().orElse(0);
        }

        private double remainingLongestWord() {
            return says.stream().mapToDouble(LongestWord::width).max().orElse(0);
        }

        private double fixed() {
            return icon.prefWidth(-1) + title.prefWidth(-1) + 3 * GAP;
        }

        /** The widths of the code label and the seconds left in a header {@code width} wide. */
        private double[] widths(double width) {
            double room = Math.floor(width - snappedLeftInset() - snappedRightInset() - fixed());
            double codeMin = code.minWidth(-1);
            double rem = Math.max(remainingLongestWord(), Math.min(remainingOneLine(), room - codeMin));
            return new double[] {Math.max(codeMin, Math.min(code.prefWidth(-1), room - rem)), rem};
        }

        private double remainingHeight(double width) {
            return says.stream().mapToDouble(l -> Math.ceil(l.prefHeight(width))).max().orElse(0);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + fixed() + code.minWidth(-1) + remainingLongestWord();
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + fixed() + code.prefWidth(-1) + remainingOneLine();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefHeight(double width) {
            double[] w = widths(width < 0 ? computePrefWidth(-1) : width);
            double h = Math.max(Math.max(icon.prefHeight(-1), title.prefHeight(-1)),
                    Math.max(code.prefHeight(w[0]), remainingHeight(w[1])));
            return snappedTopInset() + snappedBottomInset() + h;
        }

        @Override
        protected void layoutChildren() {
            double[] w = widths(getWidth());
            double top = snappedTopInset();
            double h = getHeight() - top - snappedBottomInset();
            double x = snappedLeftInset();
            for (Node n : List.of(icon, title)) {
                double nw = n.prefWidth(-1);
                layoutInArea(n, x, top, nw, h, 0, HPos.LEFT, VPos.CENTER);
                x += nw + GAP;
            }
            layoutInArea(code, x, top, w[0], h, 0, HPos.LEFT, VPos.CENTER);
            remaining.resize(w[1], h);
            remaining.relocate(getWidth() - snappedRightInset() - w[1], top);
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
