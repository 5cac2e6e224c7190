package gopatterns.ui.runner;

import gopatterns.ui.I18n;
import gopatterns.ui.common.ViewListeners;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The runner's one-slot interrupt channel with the signal in it, and in words what became of it: waiting
 * (while the running task goes on: it is not stopped), seen before task #k, or never seen.
 */
final class InterruptIndicator extends HBox {

    private final Label token = new Label(I18n.get("interrupt.signal"), new FontIcon("mdi2h-hand-back-right"));
    private final Label status = new Label();
    private final RunnerModel model;

    InterruptIndicator(RunnerModel model, ViewListeners listeners) {
        this.model = model;
        setId("interruptIndicator");
        getStyleClass().add("interrupt-indicator");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

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
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        getChildren().addAll(channel, status);
        listeners.onAny(this::show, model.interruptProperty(), model.tasks());
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
