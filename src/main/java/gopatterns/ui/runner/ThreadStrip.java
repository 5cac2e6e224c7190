package gopatterns.ui.runner;

import gopatterns.history.runner.RunEnding;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ViewListeners;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The run's two goroutines, one row each: the one in Start waiting in its select, and the background one
 * running the tasks. After a timeout in Go-faithful mode the background row turns into the ghost of the leak
 * (still running, then blocked forever on the hand-off); in fixed mode it shows the cancellation. The live
 * goroutine count is the one the run's events tell.
 */
final class ThreadStrip extends VBox {

    private static final List<String> BACKGROUND_STATES =
            List.of("working", "leaked", "blocked", "cancelled", "ended", "disposed");

    private final RunnerModel model;
    private final Row main = new Row("mainThread", I18n.get("threads.main"));
    private final Row background = new Row("backgroundThread", I18n.get("threads.background"));
    private final Label live = new Label();
    private HBox header;

    ThreadStrip(RunnerModel model, ViewListeners listeners) {
        this.model = model;
        setId("threadStrip");
        getStyleClass().add("thread-strip");
        setSpacing(4);
        Label title = new Label(I18n.get("threads.title"));
        title.getStyleClass().add("pane-title");
        live.setId("liveThreads");
        live.getStyleClass().add("live-threads");
        live.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(8, title, spacer, live);
        header.setAlignment(Pos.CENTER_LEFT);
        background.setId("ghostLane");
        getChildren().addAll(header, main, background);
        listeners.onAny(this::show, model.startedProperty(), model.runningProperty(), model.endingProperty(),
                model.leakProperty(), model.runningTaskProperty(), model.backgroundAliveProperty(),
                model.liveThreadsProperty(), model.mainAliveProperty());
    }

    /** Compact: the goroutines' rows without their title and count (compare mode's table counts the threads left). */
    void setCompact(boolean compact) {
        header.setVisible(!compact);
        header.setManaged(!compact);
    }

    private void show() {
        live.setText(I18n.get("threads.live", model.liveThreadsProperty().get()));
        RunEnding e = model.endingProperty().get();
        // From the shown state, which may be an earlier one than the run's: at a looked-back run's start (Home)
        // main has not called Start yet.
        if (e == null && !model.mainAliveProperty().get()) {
            main.show("mdi2c-circle-outline", I18n.get("threads.main.IDLE"), null);
        } else if (e == null) {
            main.show("mdi2p-pause-circle", I18n.get("threads.main.WAITING"), "working");
        } else {
            main.show("mdi2e-exit-run", I18n.get("threads.main.RETURNED", e.goMessage(), e.exitCode()), "ended");
        }
        int task = model.runningTaskProperty().get();
        switch (model.leakProperty().get()) {
            case LEAKED_RUNNING -> background.show("mdi2g-ghost", task >= 0
                    ? I18n.get("threads.bg.LEAKED", task) : I18n.get("threads.bg.LEAKED_IDLE"), "leaked");
            case BLOCKED_FOREVER -> background.show("mdi2l-lock", I18n.get("threads.bg.BLOCKED"), "blocked");
            case CANCELLED -> background.show("mdi2c-close-circle", I18n.get("threads.bg.CANCELLED"), "cancelled");
            case DISPOSED -> background.show("mdi2s-stop-circle", I18n.get("threads.bg.DISPOSED"), "disposed");
            case NONE -> showBackgroundAtWork(task);
        }
    }

    private void showBackgroundAtWork(int task) {
        if (model.backgroundAliveProperty().get()) {
            background.show("mdi2p-play-circle", task >= 0
                    ? I18n.get("threads.bg.TASK", task) : I18n.get("threads.bg.BETWEEN"), "working");
        } else if (model.endingProperty().get() != null) {
            background.show("mdi2c-check-circle", I18n.get("threads.bg.ENDED"), "ended");
        } else {
            background.show("mdi2c-circle-outline", I18n.get("threads.bg.IDLE"), null);
        }
    }

    /** One goroutine: an icon and a sentence, marked with its state. */
    private static final class Row extends HBox {
        private final FontIcon icon = new FontIcon("mdi2c-circle-outline");
        private final Label state = new Label();

        Row(String id, String name) {
            setId(id);
            getStyleClass().add("thread-row");
            setAlignment(Pos.CENTER_LEFT);
            setSpacing(8);
            icon.getStyleClass().add("thread-icon");
            Label nameLabel = new Label(name);
            nameLabel.getStyleClass().add("thread-name");
            nameLabel.setMinWidth(Region.USE_PREF_SIZE);
            state.setId(id + "State");
            state.getStyleClass().add("thread-state");
            state.setMinWidth(0);
            state.setMinHeight(Region.USE_PREF_SIZE); // wrapped, it keeps every line
            state.setWrapText(true);
            state.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(state, Priority.ALWAYS);
            getChildren().addAll(icon, nameLabel, state);
        }

        void show(String iconLiteral, String text, String pseudoClass) {
            icon.setIconLiteral(iconLiteral);
            state.setText(text);
            for (String s : BACKGROUND_STATES) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(s), s.equals(pseudoClass));
            }
        }
    }
}
