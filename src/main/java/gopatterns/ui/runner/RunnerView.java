package gopatterns.ui.runner;

import static gopatterns.ui.common.Controls.labelled;
import static gopatterns.ui.common.Controls.spacer;
import static gopatterns.ui.common.Controls.styled;
import static gopatterns.ui.common.Controls.text;
import static gopatterns.ui.common.Controls.tipped;
import static gopatterns.ui.common.Controls.title;
import static gopatterns.ui.common.Controls.value;
import static gopatterns.ui.common.Controls.verticalScroll;
import static gopatterns.ui.common.Controls.wholeWidth;

import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import gopatterns.ui.common.CodeListingView;
import gopatterns.ui.common.Stylesheets;
import gopatterns.ui.common.LogPane;
import gopatterns.ui.common.Showcase;
import gopatterns.ui.common.Spinners;
import gopatterns.ui.common.ViewListeners;
import gopatterns.ui.common.WrappingVBox;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Runner view: parameters, the countdown, the task lane, the goroutines (with the leak), the interrupt
 * channel, the outcome, the Go code and the Go log, all showing a {@link RunnerModel}. The frame (parameters on
 * the left; countdown, interrupt, task lane and goroutines in the middle; Go code, Go log and the outcome on the
 * right) is built here, as are the moving parts. Everything is read from the model, so a new view
 * of the same model (a language switch) shows the same state; {@link #release()} lets a dropped view go.
 *
 * <p>The transport (start, pause, step, reset, speed) is not part of the view: the window hosts one bar.
 * Its stylesheets go on the scene: {@link #stylesheets()}.
 */
public final class RunnerView extends BorderPane {

    private final Slider timeoutSlider = tipped(new Slider(), "timeoutSlider", "params.timeout.tip");
    private final Label timeoutValue = value("timeoutValue", "param-value");
    private final Label timeoutBadge = nextRunBadge("timeoutBadge");
    private final Spinner<Integer> tasksSpinner = tipped(new Spinner<>(), "tasksSpinner", "params.tasks.tip");
    private final Label tasksBadge = nextRunBadge("tasksBadge");
    private final ChoiceBox<DurationKind> durationKindChoice =
            tipped(new ChoiceBox<>(), "durationKindChoice", "params.durations.tip");
    private final Label lengthLabel = value("lengthLabel");
    private final Spinner<Double> lengthSpinner = styled(new Spinner<>(), "lengthSpinner");
    private final Label durationsBadge = nextRunBadge("durationsBadge");
    private final ToggleButton faithfulToggle = modeToggle("faithfulToggle", RunnerMode.GO_FAITHFUL, "mdi2g-ghost");
    private final ToggleButton fixedToggle = modeToggle("fixedToggle", RunnerMode.FIXED, "mdi2w-wrench");
    private final Label modeHint = value("modeHint", "param-hint");
    private final Label modeBadge = nextRunBadge("modeBadge");
    private final Spinner<Integer> seedSpinner = tipped(new Spinner<>(), "seedSpinner", "params.seed.tip");
    private final Label seedBadge = nextRunBadge("seedBadge");
    private final StackPane countdownArea = area("countdownArea", "runner-area");
    private final StackPane laneArea = area("laneArea", "runner-area");
    private final StackPane threadsArea = area("threadsArea", "runner-area");
    private final StackPane interruptArea = area("interruptArea", "runner-area", "interrupt-area");
    private final StackPane outcomeArea = area("outcomeArea", "runner-area");
    private final StackPane codeArea = area("codeArea");
    private final StackPane logArea = area("logArea", "runner-log-area");
    /** Placed by the interrupt indicator, in the row of the channel it fills. */
    private final Button interruptButton = wholeWidth(labelled(new Button(), "interruptButton", "interrupt.button",
            "mdi2h-hand-back-right", "interrupt.button.tip"));
    private final VBox side = side(codeArea, logArea, outcomeArea);

    /** Share of the view's width for the Go code and the Go log (bounded by runner.css). */
    private static final double SIDE_SHARE = 0.28;

    private final RunnerModel model;
    private final ViewListeners listeners = new ViewListeners();
    private final TaskLane lane;
    private final CountdownBar countdown;
    private final ThreadStrip threads;

    public RunnerView(RunnerModel model) {
        this.model = model;
        setId("runnerView");
        getStyleClass().add("runner-view");
        setLeft(parameters());
        setCenter(stage());
        setRight(side);
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
        interruptButton.getStyleClass().add("interrupt-button");
        interruptButton.setOnAction(e -> model.interrupt());
        // Only the live run, as Close Pool: a moment looked back at cannot be interrupted.
        interruptButton.disableProperty().bind(model.runningProperty().not().or(model.liveProperty().not()));
        // Code and log take a share of the width: on a small screen the stage keeps room for its sentences.
        side.prefWidthProperty().bind(widthProperty().multiply(SIDE_SHARE));
        model.attach();
    }

    /** The stylesheets the view needs on its scene: the shared one and its own. */
    public static List<String> stylesheets() {
        return List.of(Showcase.commonStylesheet(), Stylesheets.beside(RunnerView.class, "runner.css"));
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

    // ---------------------------------------------------------------- the frame

    /** Parameters on the left, each with its name, its control and what a change does during a run. */
    private ScrollPane parameters() {
        timeoutSlider.setMajorTickUnit(1);
        timeoutSlider.setMinorTickCount(9);
        timeoutSlider.setSnapToTicks(true);
        timeoutSlider.setBlockIncrement(0.1);
        tasksSpinner.setPrefWidth(96);
        durationKindChoice.setMaxWidth(Double.MAX_VALUE);
        lengthSpinner.setPrefWidth(96);
        seedSpinner.setPrefWidth(110);
        modeHint.setWrapText(true);
        modeHint.setMinHeight(Region.USE_PREF_SIZE);
        // Stacked: each mode keeps its whole name at any width of the pane.
        VBox modes = styled(new VBox(4, faithfulToggle, fixedToggle), null, "mode-toggle");
        VBox params = styled(new VBox(12,
                title("params.title"),
                param(named("params.timeout", timeoutValue), timeoutSlider, timeoutBadge),
                param(named("params.tasks", tasksSpinner), tasksBadge),
                param(text("params.durations", "param-name"), durationKindChoice, named(lengthLabel, lengthSpinner),
                        durationsBadge),
                param(text("params.mode", "param-name"), modes, modeHint, modeBadge),
                param(named("params.seed", seedSpinner), seedBadge)), "runnerParams", "runner-params");
        return verticalScroll(params, "runner-params-scroll");
    }

    /**
     * The stage in the middle: countdown, interrupt channel, task lane and goroutines. It keeps every word
     * readable: when the window is too short for it, it scrolls.
     */
    private ScrollPane stage() {
        VBox.setVgrow(laneArea, Priority.ALWAYS);
        // The interrupt channel above the lane: what the lane and its words do never moves the Interrupt button.
        WrappingVBox stage = styled(new WrappingVBox(), null, "runner-stage");
        stage.setSpacing(4);
        stage.getChildren().setAll(countdownArea, interruptArea, laneArea, threadsArea);
        ScrollPane scroll = styled(verticalScroll(stage, "runner-stage-scroll"), "stageScroll");
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        return scroll;
    }

    /** The Go code over the Go log; under the log, as the program ends, its last line and its exit status. */
    private static VBox side(StackPane code, StackPane log, StackPane outcome) {
        VBox.setVgrow(code, Priority.ALWAYS);
        return styled(new VBox(8, code, log, outcome), "side", "runner-side");
    }

    private static VBox param(Node... rows) {
        return styled(new VBox(3, rows), null, "param");
    }

    /** A parameter's name on the left of a row, its control or value on the right. */
    private static HBox named(String key, Node control) {
        return named(text(key, "param-name"), control);
    }

    private static HBox named(Label name, Node control) {
        HBox row = new HBox(6, name, spacer(), control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label nextRunBadge(String id) {
        return value(id, "next-run-badge");
    }

    private static StackPane area(String id, String... styleClasses) {
        return styled(new StackPane(), id, styleClasses);
    }

    private static ToggleButton modeToggle(String id, RunnerMode mode, String iconLiteral) {
        String key = "params.mode." + mode.name();
        ToggleButton toggle = labelled(new ToggleButton(), id, key, iconLiteral, key + ".tip");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setWrapText(true);
        toggle.setAlignment(Pos.CENTER_LEFT);
        return toggle;
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
