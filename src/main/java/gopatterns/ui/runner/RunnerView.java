package gopatterns.ui.runner;

import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import gopatterns.ui.common.CodeListingView;
import gopatterns.ui.common.Fxml;
import gopatterns.ui.common.LogPane;
import gopatterns.ui.common.Showcase;
import gopatterns.ui.common.Spinners;
import gopatterns.ui.common.ViewListeners;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Runner view: parameters, the countdown, the task lane, the goroutines (with the leak), the interrupt
 * channel, the outcome, the Go code and the Go log, all showing a {@link RunnerModel}. The frame comes from
 * {@code RunnerView.fxml}; the moving parts are built here. Everything is read from the model, so a new view
 * of the same model (a language switch) shows the same state; {@link #release()} lets a dropped view go.
 *
 * <p>The transport (start, pause, step, reset, speed) is not part of the view: the window hosts one bar.
 * Its stylesheets go on the scene: {@link #stylesheets()}.
 */
public final class RunnerView extends BorderPane {

    @FXML private Slider timeoutSlider;
    @FXML private Label timeoutValue;
    @FXML private Label timeoutBadge;
    @FXML private Spinner<Integer> tasksSpinner;
    @FXML private Label tasksBadge;
    @FXML private ChoiceBox<DurationKind> durationKindChoice;
    @FXML private Label lengthLabel;
    @FXML private Spinner<Double> lengthSpinner;
    @FXML private Label durationsBadge;
    @FXML private ToggleButton faithfulToggle;
    @FXML private ToggleButton fixedToggle;
    @FXML private Label modeHint;
    @FXML private Label modeBadge;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private Label seedBadge;
    @FXML private StackPane countdownArea;
    @FXML private StackPane laneArea;
    @FXML private StackPane threadsArea;
    @FXML private StackPane interruptArea;
    @FXML private StackPane outcomeArea;
    @FXML private StackPane codeArea;
    @FXML private StackPane logArea;
    @FXML private Button interruptButton;
    @FXML private VBox side;

    /** Share of the view's width for the Go code and the Go log (bounded by runner.css). */
    private static final double SIDE_SHARE = 0.28;

    private final RunnerModel model;
    private final ViewListeners listeners = new ViewListeners();
    private final TaskLane lane;
    private final CountdownBar countdown;
    private final ThreadStrip threads;

    public RunnerView(RunnerModel model) {
        this.model = model;
        Fxml.loadRoot(this);
        setId("runnerView");
        bindParameters();
        countdown = new CountdownBar(model, listeners);
        countdownArea.getChildren().add(countdown);
        lane = new TaskLane(model, listeners);
        laneArea.getChildren().add(lane.inScrollPane());
        threads = new ThreadStrip(model, listeners);
        threadsArea.getChildren().add(threads);
        interruptArea.getChildren().add(new InterruptIndicator(model, listeners, interruptButton));
        outcomeArea.getChildren().add(new OutcomeBanner(model, listeners));
        codeArea.getChildren().add(new CodeListingView(RunnerView.class, "runner.go.txt", model.codeAnchorProperty()));
        logArea.getChildren().add(new LogPane(model.log()));
        // Only the live run, as Close Pool: a moment looked back at cannot be interrupted.
        interruptButton.disableProperty().bind(model.runningProperty().not().or(model.liveProperty().not()));
        // Code and log take a share of the width: on a small screen the stage keeps room for its sentences.
        side.prefWidthProperty().bind(widthProperty().multiply(SIDE_SHARE));
        model.attach();
    }

    /** The stylesheets the view needs on its scene: the shared one and its own. */
    public static List<String> stylesheets() {
        return List.of(Showcase.commonStylesheet(), Fxml.stylesheet(RunnerView.class, "runner.css"));
    }

    public RunnerModel model() {
        return model;
    }

    /** Lets go of the model: the view is being replaced. */
    public void release() {
        listeners.release();
        lane.releaseCards();
    }

    TaskLane lane() {
        return lane;
    }

    CountdownBar countdown() {
        return countdown;
    }

    /**
     * Compact, for half a window (compare mode, whose bar has Interrupt both): the countdown without its code, scale
     * and sentence, every card not running compact, the goroutines without their title, no interrupt channel (the cards' badges and the goroutines tell
     * what an interrupt did). The tasks, the countdown and the goroutines (with what Start returned) then fit a
     * side at 1024x768.
     */
    public void setCompact(boolean compact) {
        countdown.setCompact(compact);
        lane.setCompact(compact);
        threads.setCompact(compact);
        interruptArea.setVisible(!compact);
        interruptArea.setManaged(!compact);
    }

    @FXML
    private void onInterrupt() {
        model.interrupt();
    }

    // ---------------------------------------------------------------- parameters

    private void bindParameters() {
        timeoutSlider.setMin(model.timeoutSecondsProperty().min());
        timeoutSlider.setMax(model.timeoutSecondsProperty().max());
        timeoutSlider.valueProperty().bindBidirectional(model.timeoutSecondsProperty());
        timeoutValue.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("params.timeout.value", model.timeoutSecondsProperty().get()),
                model.timeoutSecondsProperty()));
        Spinners.bind(tasksSpinner, model.taskCountProperty(), listeners);
        Spinners.bind(seedSpinner, model.seedProperty(), listeners);
        Spinners.bind(lengthSpinner, model.durationSecondsProperty(), 0.5, listeners);

        durationKindChoice.getItems().setAll(DurationKind.values());
        durationKindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DurationKind kind) {
                return kind == null ? "" : I18n.get("params.durations." + kind.name());
            }

            @Override
            public DurationKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        durationKindChoice.valueProperty().bindBidirectional(model.durationKindProperty());
        listeners.onValue(model.durationKindProperty(), kind -> lengthLabel.setText(I18n.get("params.length." + kind.name())));

        ToggleGroup modes = new ToggleGroup();
        faithfulToggle.setToggleGroup(modes);
        fixedToggle.setToggleGroup(modes);
        faithfulToggle.setUserData(RunnerMode.GO_FAITHFUL);
        fixedToggle.setUserData(RunnerMode.FIXED);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always chosen
            } else {
                model.modeProperty().set((RunnerMode) now.getUserData());
            }
        });
        listeners.onValue(model.modeProperty(), mode -> {
            (mode == RunnerMode.FIXED ? fixedToggle : faithfulToggle).setSelected(true);
            modeHint.setText(I18n.get("params.mode." + mode.name() + ".hint"));
        });

        badge(timeoutBadge, true);
        badge(durationsBadge, true);
        badge(tasksBadge, false);
        badge(modeBadge, false);
        badge(seedBadge, false);
    }

    /** While a run goes on, says whether a change reaches it or waits for the next run. */
    private void badge(Label badge, boolean live) {
        badge.setText(I18n.get(live ? "param.live" : "param.nextRun"));
        badge.visibleProperty().bind(model.runningProperty());
    }
}
