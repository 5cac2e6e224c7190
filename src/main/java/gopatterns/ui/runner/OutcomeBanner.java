package gopatterns.ui.runner;

import gopatterns.history.runner.RunEnding;
import gopatterns.runner.Outcome;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ViewListeners;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * How Start returned: completed, timeout or interrupt, with the line the Go program prints last and the exit
 * status it returns; a tie between completion and timeout is said so. Before the end: what is going on. The
 * outcome and the exit status head the banner; the sentences below take its whole width.
 */
final class OutcomeBanner extends VBox {

    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    /** A pseudo-class, not a style class: it changes at every start and end, and is then restyled in place. */
    private static final PseudoClass GO_TEXT = PseudoClass.getPseudoClass("go-text");

    private final RunnerModel model;
    private final FontIcon icon = new FontIcon("mdi2f-flag-outline");
    private final Label title = new Label();
    private final Label message = new Label();
    /** Says that the line below is what the Go program prints (kept in Go's English), not a text of the window. */
    private final Label output = new Label(I18n.get("outcome.programOutput"));
    private final Label exit = new Label();
    private final Label tie = new Label();
    private final Label at = new Label();

    OutcomeBanner(RunnerModel model, ViewListeners listeners) {
        this.model = model;
        setId("outcomeBanner");
        getStyleClass().add("outcome-banner");
        setSpacing(4);
        setMinHeight(Region.USE_PREF_SIZE); // its sentences wrap: it keeps every line
        icon.getStyleClass().add("outcome-icon");
        title.setId("outcomeTitle");
        title.getStyleClass().add("outcome-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        message.setId("outcomeMessage");
        message.getStyleClass().add("outcome-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMinHeight(Region.USE_PREF_SIZE); // wrapped, every sentence keeps every line
        exit.setId("outcomeExit");
        exit.getStyleClass().add("outcome-exit");
        exit.setMinWidth(Region.USE_PREF_SIZE);
        tie.setId("outcomeTie");
        tie.getStyleClass().add("outcome-tie");
        tie.setWrapText(true);
        tie.setMinWidth(0);
        tie.setMinHeight(Region.USE_PREF_SIZE);
        at.setId("outcomeAt");
        at.getStyleClass().add("outcome-at");
        at.setWrapText(true);
        at.setMinWidth(0);
        at.setMinHeight(Region.USE_PREF_SIZE);
        // The exit status goes onto a line of its own when the column is narrow.
        FlowPane head = new FlowPane(10, 4, icon, title, exit);
        head.setAlignment(Pos.CENTER_LEFT);
        message.setMaxWidth(Double.MAX_VALUE);
        output.setId("outcomeOutputCaption");
        output.getStyleClass().add("outcome-output-caption");
        output.setWrapText(true);
        output.setMinWidth(0);
        output.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(head, output, message, tie, at);
        listeners.onAny(this::show, model.endingProperty(), model.mainAliveProperty(), model.failureProperty(),
                model.startedProperty(), model.liveProperty());
    }

    private void show() {
        RunEnding e = model.endingProperty().get();
        String failure = model.failureProperty().get();
        for (Outcome o : Outcome.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(o.name().toLowerCase(Locale.ROOT)),
                    e != null && e.outcome() == o);
        }
        // Start waits as long as main is alive in the shown state (which may be an earlier one than the run's).
        boolean waiting = e == null && model.mainAliveProperty().get() && failure.isEmpty();
        pseudoClassStateChanged(RUNNING, waiting);
        pseudoClassStateChanged(FAILED, !failure.isEmpty());
        tie.setVisible(e != null && e.tie());
        tie.setManaged(tie.isVisible());
        at.setVisible(e != null && !e.tie());
        at.setManaged(at.isVisible());
        exit.setVisible(e != null);
        // Monospace only for what the Go program prints, under a caption that says so.
        boolean goText = e != null && failure.isEmpty();
        message.pseudoClassStateChanged(GO_TEXT, goText);
        output.setVisible(goText);
        output.setManaged(goText);
        if (!failure.isEmpty()) {
            icon.setIconLiteral("mdi2a-alert-octagon");
            title.setText("");
            message.setText(I18n.get("outcome.failed", failure));
            return;
        }
        if (e == null) {
            icon.setIconLiteral(waiting ? "mdi2p-progress-clock" : "mdi2f-flag-outline");
            title.setText("");
            // Looking back at a run's start (Home), nothing has happened yet, but there is nothing to start either.
            boolean reviewStart = !waiting && model.startedProperty().get() && !model.liveProperty().get();
            message.setText(I18n.get(waiting ? "outcome.running" : reviewStart ? "outcome.reviewStart" : "outcome.idle"));
            return;
        }
        icon.setIconLiteral(switch (e.outcome()) {
            case COMPLETED -> "mdi2c-check-circle";
            case TIMEOUT -> "mdi2a-alarm";
            case INTERRUPTED -> "mdi2h-hand-back-right";
        });
        title.setText(I18n.get("outcome." + e.outcome().name()));
        message.setText(e.goMessage());
        at.setText(I18n.get("outcome.at", e.atNanos() / 1e9));
        exit.setText(I18n.get("outcome.exit", e.exitCode()));
        var params = model.runParamsProperty().get();
        tie.setText(I18n.get("outcome.tie", e.atNanos() / 1e9, params == null ? "" : String.valueOf(params.seed())));
    }
}
