package gopatterns.ui.runner;

import gopatterns.event.GoDuration;
import gopatterns.history.runner.TaskState;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ViewListeners;
import javafx.animation.TranslateTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One task on the lane: its number, its duration, its state in words and as an icon (colour is never the
 * only cue), and for the running task a progress bar. A badge says "not stopped" while an interrupt waits
 * for the check that comes only after this task.
 */
final class TaskCard extends StackPane {

    static final double WIDTH = 106;
    static final double HEIGHT = 72;
    /** One line: icon, number and duration; for the cards waiting or done when there are many. */
    static final double COMPACT_HEIGHT = 34;

    private static final PseudoClass GHOST = PseudoClass.getPseudoClass("ghost");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final TaskItem item;
    private final FontIcon icon = new FontIcon();
    private final Label stateLabel = new Label();
    private final Label durationLabel = new Label();
    private final Label idLabel;
    private final HBox top;
    private final Region spacer = new Region();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label notStopped = new Label(I18n.get("task.notStopped"), new FontIcon("mdi2h-hand-back-right"));
    /** Where the lane last placed it, to animate from there when its place changes. */
    private double targetX = Double.NaN;
    private double targetY = Double.NaN;
    private TranslateTransition move;
    private TaskState.Column slotColumn;
    private int slotIndex = -1;
    private boolean compact;
    /** Compact and too narrow for the duration: icon and number only, the duration in a tooltip. */
    private boolean mini;
    private final Tooltip duration = new Tooltip();
    /** Width in pixels: {@link #WIDTH}, or narrower as one line on a crowded lane. */
    private double width = WIDTH;
    /** The item outlives the card when the view is rebuilt: the card listens weakly, and lets go when dropped. */
    private final ViewListeners listeners = new ViewListeners();

    TaskCard(TaskItem item) {
        this.item = item;
        setId("task-card-" + item.id());
        getStyleClass().add("task-card");
        fixSize();

        idLabel = new Label(I18n.get("task.id", item.id())); // measured for the narrow cards of a crowded lane
        idLabel.getStyleClass().add("task-id");
        idLabel.setMinWidth(Region.USE_PREF_SIZE);
        icon.getStyleClass().add("task-icon");
        durationLabel.getStyleClass().add("task-duration");
        durationLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new HBox(5, icon, idLabel, spacer, durationLabel);
        top.setAlignment(Pos.CENTER_LEFT);
        stateLabel.getStyleClass().add("task-state");
        stateLabel.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add("task-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        VBox body = new VBox(4, top, stateLabel, progress);
        body.getStyleClass().add("task-body");
        notStopped.getStyleClass().add("task-not-stopped");
        notStopped.setVisible(false);
        // On the card's top edge, wider than the card if need be: placed by hand, not by the StackPane.
        notStopped.setManaged(false);
        getChildren().addAll(body, notStopped);

        listeners.onValue(item.durationProperty(), d -> durationLabel.setText(GoDuration.format(d)));
        duration.textProperty().bind(durationLabel.textProperty());
        listeners.onValue(item.progressProperty(), p -> progress.setProgress(p.doubleValue()));
        listeners.onValue(item.stateProperty(), this::show);
    }

    /** The card is off the lane for good. */
    void release() {
        listeners.release();
        if (move != null) {
            move.stop();
        }
    }

    TaskItem item() {
        return item;
    }

    private void show(TaskState state) {
        for (TaskState s : TaskState.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(s.cssName()), s == state);
        }
        pseudoClassStateChanged(GHOST, state.ghost());
        stateLabel.setText(I18n.get("task.state." + state.name()));
        if (getParent() != null) {
            getParent().requestLayout();
        }
        icon.setIconLiteral(switch (state) {
            case QUEUED -> "mdi2c-clock-outline";
            case RUNNING -> "mdi2p-progress-clock";
            case DONE -> "mdi2c-check-circle";
            case NEVER_STARTED -> "mdi2m-minus-circle";
            case GHOST_QUEUED, GHOST_RUNNING, GHOST_DONE -> "mdi2g-ghost";
            case CANCELLED -> "mdi2c-close-circle";
        });
        showDetails();
    }

    /** The state in words and the progress bar, unless the card is compact. */
    private void showDetails() {
        TaskState state = item.state();
        stateLabel.setVisible(!compact);
        stateLabel.setManaged(!compact);
        progress.setManaged(!compact);
        progress.setVisible(!compact && (state.running() || state == TaskState.CANCELLED));
    }

    /**
     * Compact (one line, the state shown by icon and frame only) or not, {@code w} pixels wide when compact ({@link #WIDTH} otherwise). Narrower than
     * {@link #narrowWidth()}, at least {@link #miniWidth()}, the card shows its icon and number only: its duration
     * is then in its tooltip.
     */
    void setCompact(boolean c, double w) {
        double newWidth = c ? w : WIDTH;
        if (c != compact || newWidth != width) {
            compact = c;
            width = newWidth;
            pseudoClassStateChanged(COMPACT, c);
            fixSize();
            showDetails();
        }
        boolean nowMini = c && w < narrowWidth();
        if (nowMini != mini) {
            mini = nowMini;
            durationLabel.setVisible(!mini);
            durationLabel.setManaged(!mini);
            spacer.setManaged(!mini);
            if (mini) {
                Tooltip.install(this, duration);
            } else {
                Tooltip.uninstall(this, duration);
            }
        }
    }

    /** The least width in pixels of the compact card's one line without its duration: icon and number. */
    double miniWidth() {
        return Math.ceil(snappedLeftInset() + snappedRightInset() + icon.prefWidth(-1) + idLabel.prefWidth(-1)
                + top.getSpacing() + 2);
    }

    /** The least width in pixels of the compact card's one line (icon, number, duration) with its words whole. */
    double narrowWidth() {
        return miniWidth() + Math.ceil(durationLabel.prefWidth(-1) + 2 * top.getSpacing());
    }

    double height() {
        return compact ? COMPACT_HEIGHT : HEIGHT;
    }

    private void fixSize() {
        setMinSize(width, height());
        setPrefSize(width, height());
        setMaxSize(width, height());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = notStopped.prefWidth(-1);
        double h = notStopped.prefHeight(w);
        notStopped.resizeRelocate(Math.round((getWidth() - w) / 2), Math.round(-h / 2 - 2), w, h);
    }

    /** Shows that an interrupt waits while this task runs on. */
    void setInterruptWaiting(boolean waiting) {
        notStopped.setVisible(waiting && item.state().running());
    }

    boolean interruptWaitingShown() {
        return notStopped.isVisible();
    }

    /**
     * Places the card at slot {@code index} of {@code column}, at {@code (x, y)}. A new slot (the task moved
     * on, or the ones before it did) makes it slide there from where it is seen now, over {@code duration};
     * the same slot at another place (the lane was resized) moves it at once.
     */
    void moveTo(TaskState.Column column, int index, double x, double y, javafx.util.Duration duration) {
        if (x == targetX && y == targetY) {
            return;
        }
        double seenX = getLayoutX() + getTranslateX();
        double seenY = getLayoutY() + getTranslateY();
        boolean first = Double.isNaN(targetX);
        boolean animate = column != slotColumn || index != slotIndex;
        slotColumn = column;
        slotIndex = index;
        targetX = x;
        targetY = y;
        if (move != null) {
            move.stop();
        }
        relocate(x, y);
        if (first || !animate) {
            setTranslateX(0);
            setTranslateY(0);
            return;
        }
        setTranslateX(seenX - x);
        setTranslateY(seenY - y);
        move = new TranslateTransition(duration, this);
        move.setToX(0);
        move.setToY(0);
        move.play();
    }

    /** Ends a slide at once: the card is where it goes. */
    void finishMove() {
        if (move != null) {
            move.stop();
        }
        setTranslateX(0);
        setTranslateY(0);
    }

    /** How long the last slide takes on screen. */
    javafx.util.Duration slideDuration() {
        return move == null ? javafx.util.Duration.ZERO : move.getDuration();
    }

    /** True while the card slides to its place. */
    boolean moving() {
        return move != null && move.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }
}
