package gopatterns.ui.runner;

import gopatterns.history.runner.InterruptStatus;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ViewListeners;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The runner's one-slot interrupt channel with the signal in it, and in words what became of it: waiting
 * (while the running task goes on: it is not stopped), seen before task #k, or never seen. The Interrupt button
 * sits beside the channel it fills, at the top left; the words go to their right when there is room for a few
 * words a line, else below both, so that they wrap into few lines and a longer sentence never moves the button.
 */
final class InterruptIndicator extends Pane {

    /** Narrowest column, in px, for the words beside the button; narrower, they go below. */
    private static final double WORDS_BESIDE_MIN = 260;
    private static final double GAP = 10;

    private final Label token = new Label(I18n.get("interrupt.signal"), new FontIcon("mdi2h-hand-back-right"));
    private final Label status = new Label();
    private final RunnerModel model;
    private final HBox row;

    /** @param button the Interrupt button, placed here beside the channel */
    InterruptIndicator(RunnerModel model, ViewListeners listeners, Button button) {
        this.model = model;
        setId("interruptIndicator");
        getStyleClass().add("interrupt-indicator");

        Label caption = new Label(I18n.get("interrupt.slot"));
        caption.getStyleClass().add("interrupt-slot-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        token.setId("interruptToken");
        token.getStyleClass().add("interrupt-token");
        StackPane slot = new StackPane(token);
        slot.setId("interruptSlot");
        slot.getStyleClass().add("interrupt-slot");
        VBox channel = new VBox(2, caption, slot);
        channel.setAlignment(Pos.CENTER);
        channel.setMinWidth(Region.USE_PREF_SIZE);

        status.setId("interruptStatus");
        status.getStyleClass().add("interrupt-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        row = new HBox(12, button, channel);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, status);
        listeners.onAny(this::show, model.interruptProperty(), model.tasks());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean wordsBeside(double width) {
        return width - row.prefWidth(-1) - GAP >= WORDS_BESIDE_MIN;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + row.prefWidth(-1) + GAP + WORDS_BESIDE_MIN + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + row.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double rowH = row.prefHeight(-1);
        double inside = wordsBeside(w)
                ? Math.max(rowH, status.prefHeight(w - row.prefWidth(-1) - GAP))
                : rowH + GAP / 2 + status.prefHeight(w);
        return snappedTopInset() + inside + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double rowW = row.prefWidth(-1);
        double rowH = row.prefHeight(-1);
        if (wordsBeside(w)) {
            double sw = w - rowW - GAP;
            // Both from the top: a longer sentence never moves the button.
            row.resizeRelocate(x, y, rowW, rowH);
            status.resizeRelocate(x + rowW + GAP, y, sw, status.prefHeight(sw));
        } else {
            row.resizeRelocate(x, y, Math.min(rowW, w), rowH);
            status.resizeRelocate(x, y + rowH + GAP / 2, w, status.prefHeight(w));
        }
    }

    private void show() {
        InterruptStatus s = model.interruptProperty().get();
        for (InterruptStatus.State st : InterruptStatus.State.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(
                    st.name().toLowerCase(Locale.ROOT).replace('_', '-')), st == s.state());
        }
        // The signal sits in the slot until a check takes it; a signal never seen is still there at the end.
        token.setVisible(s.state() == InterruptStatus.State.PENDING || s.state() == InterruptStatus.State.NEVER_SEEN);
        String text = switch (s.state()) {
            case NONE -> I18n.get("interrupt.NONE");
            case PENDING -> pendingText(s);
            case OBSERVED, OBSERVED_BY_LEAK -> I18n.get("interrupt." + s.state().name(), s.beforeTask());
            case NEVER_SEEN, NOT_LISTENING -> I18n.get("interrupt." + s.state().name());
        };
        if (s.dropped() > 0) {
            text += " " + I18n.get("interrupt.dropped", s.dropped());
        }
        status.setText(text);
    }

    private String pendingText(InterruptStatus s) {
        double at = s.requestedAt() / 1e9;
        if (s.duringTask() < 0) {
            return I18n.get("interrupt.PENDING.between", at);
        }
        if (s.duringTask() == model.tasks().size() - 1) {
            return I18n.get("interrupt.PENDING.last", at, s.duringTask());
        }
        return I18n.get("interrupt.PENDING", at, s.duringTask(), s.duringTask() + 1);
    }
}
