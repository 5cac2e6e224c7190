package gopatterns.ui.pool;

import static gopatterns.ui.common.Controls.icon;
import static gopatterns.ui.common.Controls.labelled;
import static gopatterns.ui.common.Controls.spacer;
import static gopatterns.ui.common.Controls.styled;
import static gopatterns.ui.common.Controls.text;
import static gopatterns.ui.common.Controls.tipped;
import static gopatterns.ui.common.Controls.title;
import static gopatterns.ui.common.Controls.value;
import static gopatterns.ui.common.Controls.verticalScroll;
import static gopatterns.ui.common.Controls.wholeWidth;

import gopatterns.history.pool.ConnectionMove;
import gopatterns.history.pool.WorkerState;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import gopatterns.ui.common.CodeListingView;
import gopatterns.ui.common.Stylesheets;
import gopatterns.ui.common.LogPane;
import gopatterns.ui.common.Showcase;
import gopatterns.ui.common.Spinners;
import gopatterns.ui.common.ViewListeners;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * The pool lesson: settings, the pool (factory, idle slots, closed bin), the workers, counters, a live chart,
 * the Go code and log. Everything shown is read from a {@link PoolModel}, once a frame; the view keeps no
 * state of its own beyond what it drew, so it can be dropped and rebuilt at any moment (a language switch).
 */
public final class PoolView extends BorderPane {

    private final Label settingsTitle = styled(title("pool.settings"), "settingsTitle");
    private final Slider sizeSlider = tipped(new Slider(), "sizeSlider", "pool.param.size.tip");
    private final Label sizeValue = value("sizeValue", "param-value");
    private final Spinner<Integer> workersSpinner = spinner("workersSpinner", "pool.param.workers.tip");
    private final Spinner<Integer> holdSpinner = spinner("holdSpinner", "pool.param.hold.tip");
    private final Slider spreadSlider = tipped(new Slider(), "spreadSlider", "pool.param.spread.tip");
    private final Label spreadValue = value("spreadValue", "param-value");
    private final ChoiceBox<PoolMode> modeChoice = tipped(new ChoiceBox<>(), "modeChoice", "pool.param.mode.tip");
    private final Spinner<Integer> maxTotalSpinner = spinner("maxTotalSpinner", "pool.param.maxTotal.tip");
    private final Spinner<Integer> timeoutSpinner = spinner("timeoutSpinner", "pool.param.timeout.tip");
    private final Slider failureSlider = tipped(new Slider(), "failureSlider", "pool.param.failure.tip");
    private final Label failureValue = value("failureValue", "param-value");
    private final Spinner<Integer> seedSpinner = spinner("seedSpinner", "pool.param.seed.tip");
    private final Label failureLabel = value("failureLabel", "run-failure");
    private final VBox settingsPane = styled(new VBox(6), "settingsPane", "pool-settings");
    private final ScrollPane settingsScroll =
            styled(verticalScroll(settingsPane, "pool-settings-scroll"), "settingsScroll");
    private final Button closePoolButton = wholeWidth(labelled(new Button(), "closePoolButton", "pool.closePool",
            "mdi2p-power", "pool.closePool.tip"));
    private final PoolCounters countersPane = styled(new PoolCounters(), "countersPane");
    private final StackPane stageArea = styled(new StackPane(), "stageArea", "pool-stage");
    private final TileDock factoryDock = styled(new TileDock(), "factoryDock", "place-dock");
    private final TileDock binDock = styled(new TileDock(), "binDock", "place-dock");
    private final Label slotsTitle = wholeWidth(value("slotsTitle", "place-name"));
    private final StackPane slotsHolder = styled(new StackPane(), "slotsHolder");
    private final Label binCount = wholeWidth(value("binCount", "place-count"));
    private final Label poolStateBadge = wholeWidth(value("poolStateBadge", "pool-state-badge"));
    private final Label eventCaption = value("eventCaption", "event-caption");
    private final Label workersTitle = wholeWidth(value("workersTitle", "place-name"));
    private final FlowPane workerLegend = styled(new FlowPane(8, 0), "workerLegend", "worker-legend");
    private final StackPane workersArea = styled(new StackPane(), "workersArea", "workers-area");
    private final FlowPane chartLegend = styled(new FlowPane(12, 2), "chartLegend");
    private final StackPane chartHolder = styled(new StackPane(), "chartHolder");
    private final VBox chartBox = styled(new VBox(2, chartLegend, chartHolder), "chartBox", "pool-chart-box");
    private final VBox centre = styled(new VBox(6, countersPane, stageArea, chartBox), "centre", "pool-centre");
    private final SplitPane codeLogSplit = styled(new SplitPane(), "codeLogSplit", "pool-code-log");
    private final FlowPane moveLegend = styled(new FlowPane(12, 4), "moveLegend", "move-legend");

    // States as pseudo-classes: a style-class change would make JavaFX restyle the node from scratch, in the
    // same pulse in which a run starts or ends and everything else changes too.
    private static final PseudoClass LESSON = PseudoClass.getPseudoClass("lesson");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** The counters a compact view folds away: see {@link #setCompact}. */
    private static final List<String> COMPACT_FOLDED =
            List.of("idle", "closedAtRelease", "closedAtShutdown", "closedAfterShutdown", "peak");

    private final PoolModel model;
    private final NumberFormat numbers = PoolEventText.counts();
    private final PoolSlotView slots = new PoolSlotView();
    private final PoolChart chart;
    private final FlightLayer flights;
    private final Map<WorkerState, Label> legendCounts = new EnumMap<>(WorkerState.class);
    /** The counts the legend shows, by state; -1 before the first. */
    private final int[] shownCounts = new int[WorkerState.values().length];
    private final CodeListingView code;
    private final LogPane log;
    /** Listeners on the model, which outlives the view: held here, weakly by the model. */
    private final ViewListeners listeners = new ViewListeners();
    private long movesSeen;
    /** The model's {@link PoolModel#rebuilds()} last drawn: a change means a state reached by a jump. */
    private long shownRebuilds;
    private PoolDemo.Params shownRun;
    private final WorkersPane workers;
    private final PoolArrangement arrangement;
    private List<Long> shownSlots = List.of();
    private int shownWorkers = -1;
    private boolean compact;

    public PoolView(PoolModel model) {
        this.model = model;
        Arrays.fill(shownCounts, -1);
        buildFrame();
        chart = new PoolChart(model.series());
        chartHolder.getChildren().add(chart);
        slotsHolder.getChildren().add(slots);
        code = new CodeListingView(PoolView.class, "pool.go.txt", model.codeAnchorProperty());
        log = new LogPane(model.log());
        arrangement = new PoolArrangement(this, centre, settingsScroll, codeLogSplit, code, log, chartBox);
        flights = new FlightLayer(new Places());
        stageArea.getChildren().add(flights);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(stageArea.widthProperty());
        clip.heightProperty().bind(stageArea.heightProperty());
        flights.setClip(clip);
        workers = new WorkersPane(model);
        workersArea.getChildren().setAll(workers);
        bindSettings();
        buildLegends();
        listeners.onAny(this::refresh, model.revisionProperty(), model.runParamsProperty(), model.sizeProperty(),
                model.workersProperty());
        listeners.onValue(model.countersProperty(), this::showCounters);
        listeners.onAny(this::showCaption, model.notableEventProperty(), model.finishedProperty(),
                model.countersProperty(), model.runParamsProperty(), model.failureProperty(), model.sizeProperty(),
                model.workersProperty(), model.spreadSecondsProperty());
        listeners.onValue(model.poolClosedProperty(), this::showPoolState);
        listeners.onValue(sceneProperty(), s -> {
            if (s != null) {
                model.attach();
            }
        });
    }

    /** The stylesheets the view needs on its scene: the shared one and its own. */
    public static List<String> stylesheets() {
        return List.of(Showcase.commonStylesheet(), Stylesheets.beside(PoolView.class, "pool.css"));
    }

    /** Stops listening to the model at once: call when dropping the view (a rebuild). */
    public void detach() {
        listeners.release();
        flights.clear();
    }

    public PoolModel model() {
        return model;
    }

    // ---------------------------------------------------------------- settings

    private void bindSettings() {
        sizeSlider.setMin(PoolModel.MIN_SIZE);
        sizeSlider.setMax(PoolModel.MAX_SIZE);
        sizeSlider.valueProperty().bindBidirectional(model.sizeProperty());
        sizeValue.textProperty().bind(model.sizeProperty().asString());
        Spinners.bind(workersSpinner, model.workersProperty(), listeners);
        Spinners.bind(holdSpinner, model.holdMillisProperty(), 100, listeners);
        spreadSlider.setMax(PoolModel.MAX_SPREAD_SECONDS);
        spreadSlider.valueProperty().bindBidirectional(model.spreadSecondsProperty());
        spreadValue.textProperty().bind(Bindings.createStringBinding(() -> {
            double s = model.spreadSecondsProperty().get();
            return s == 0 ? I18n.get("pool.spread.atOnce")
                    : PoolEventText.duration(java.time.Duration.ofMillis(Math.round(s * 1000)));
        }, model.spreadSecondsProperty()));
        modeChoice.getItems().setAll(PoolMode.values());
        modeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PoolMode m) {
                return m == null ? "" : I18n.get("pool.mode." + m.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public PoolMode fromString(String s) {
                return null;
            }
        });
        modeChoice.valueProperty().bindBidirectional(model.modeProperty());
        Spinners.bind(maxTotalSpinner, model.maxTotalProperty(), listeners);
        Spinners.bind(timeoutSpinner, model.acquireTimeoutMillisProperty(), 100, listeners);
        var notBounded = model.modeProperty().isNotEqualTo(PoolMode.BOUNDED);
        maxTotalSpinner.disableProperty().bind(notBounded);
        timeoutSpinner.disableProperty().bind(notBounded);
        failureSlider.valueProperty().bindBidirectional(model.failureRateProperty());
        failureValue.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(model.failureRateProperty().get() * 100) + "%", model.failureRateProperty()));
        Spinners.bind(seedSpinner, model.seedProperty(), listeners);
        // Once closed, a second press would do nothing: the button says so by going grey beside "Pool closed".
        // Looking back (or at a recorded run) the live pool is not what is shown: closing it there would do
        // nothing visible.
        closePoolButton.disableProperty().bind(model.runningProperty().not().or(model.poolClosedProperty())
                .or(model.liveProperty().not()).or(model.reviewOnlyProperty()));
        failureLabel.textProperty().bind(model.failureProperty());
        failureLabel.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
    }

    // ---------------------------------------------------------------- the frame

    /**
     * Settings on the left, the pool and its workers in the middle, the Go code and log on the right, legends
     * at the bottom. The animated parts are added to it; {@link PoolArrangement} moves the side panes into tabs
     * and the chart beside the code when the view is small.
     */
    private void buildFrame() {
        getStyleClass().add("pool-view");
        buildSettings();
        VBox.setVgrow(stageArea, Priority.ALWAYS);
        stageArea.getChildren().add(stageContent());
        chartLegend.setAlignment(Pos.CENTER_LEFT);
        chartLegend.getChildren().add(wholeWidth(text("pool.chart.title", "place-name")));
        chartHolder.setPrefHeight(110);
        chartHolder.setMinHeight(80);
        codeLogSplit.setOrientation(Orientation.VERTICAL);
        codeLogSplit.setDividerPositions(0.6);
        setCenter(centre);
        setBottom(moveLegend);
    }

    private void buildSettings() {
        Label liveHint = styled(text("pool.param.liveHint", "param-hint"), "liveHint");
        liveHint.setWrapText(true);
        failureLabel.setWrapText(true);
        // The tabs of a narrow view name the settings already: the heading shows only over the settings column.
        settingsScroll.parentProperty().addListener((o, old, parent) -> {
            settingsTitle.setVisible(parent == this);
            settingsTitle.setManaged(parent == this);
        });
        settingsPane.getChildren().setAll(settingsTitle, settingsGrid(), liveHint, failureLabel);
    }

    /** A setting of the next run's parameters: its message key and what of the parameters it sets. */
    private record Part(String key, Function<PoolDemo.Params, Object> value) {}

    private GridPane settingsGrid() {
        sizeSlider.setMajorTickUnit(1);
        sizeSlider.setMinorTickCount(0);
        sizeSlider.setSnapToTicks(true);
        sizeSlider.setBlockIncrement(1);
        spreadSlider.setBlockIncrement(0.5);
        failureSlider.setMax(1);
        failureSlider.setBlockIncrement(0.05);
        failureSlider.setMajorTickUnit(0.05);
        failureSlider.setMinorTickCount(0);
        failureSlider.setSnapToTicks(true);
        modeChoice.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = styled(new GridPane(6, 5), null, "pool-settings-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setMinWidth(80);
        ColumnConstraints values = new ColumnConstraints();
        values.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(names, controls, values);
        setting(grid, new Part("size", PoolDemo.Params::size), sizeSlider, sizeValue);
        setting(grid, new Part("workers", PoolDemo.Params::workers), workersSpinner, null);
        // The hold applies at once, to the queries not started yet: it never waits for the next run.
        setting(grid, new Part("hold", null), holdSpinner, text("pool.unit.ms", "param-value"));
        setting(grid, new Part("spread", PoolDemo.Params::spread), spreadSlider, spreadValue);
        setting(grid, new Part("mode", PoolDemo.Params::mode), modeChoice, null);
        setting(grid, new Part("maxTotal", PoolDemo.Params::maxTotal), maxTotalSpinner, null);
        setting(grid, new Part("timeout", PoolDemo.Params::acquireTimeout), timeoutSpinner,
                text("pool.unit.ms", "param-value"));
        setting(grid, new Part("failure", PoolDemo.Params::failureRate), failureSlider, failureValue);
        setting(grid, new Part("seed", PoolDemo.Params::seed), seedSpinner, null);
        return grid;
    }

    /**
     * A row of the settings: its name, its control and, if not null, its value or unit; else the control spans.
     * Under the control, "applies on next run" while a run is shown whose value of this setting differs from the
     * control's (badge {@code <part>NextRun}); it takes no room while hidden.
     */
    private void setting(GridPane grid, Part part, Control control, Label value) {
        int row = grid.getRowCount();
        Label name = new Label(I18n.get("pool.param." + part.key()));
        name.setLabelFor(control);
        Node cell = control;
        if (part.value() != null) {
            Label badge = styled(text("param.nextRun", "next-run-badge"), part.key() + "NextRun");
            badge.setWrapText(true);
            badge.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
                PoolDemo.Params run = model.runParamsProperty().get();
                return run != null && !part.value().apply(run).equals(part.value().apply(model.params()));
            }, pendingInputs()));
            badge.managedProperty().bind(badge.visibleProperty());
            cell = new VBox(1, control, badge);
            // The name and value stay level with the control, the badge under it.
            for (Label side : value == null ? List.of(name) : List.of(name, value)) {
                GridPane.setValignment(side, VPos.TOP);
                side.minHeightProperty().bind(control.heightProperty());
            }
        }
        grid.add(name, 0, row);
        if (value == null) {
            grid.add(cell, 1, row, 2, 1);
        } else {
            grid.add(cell, 1, row);
            grid.add(value, 2, row);
        }
    }

    /** What a setting's "applies on next run" follows: the run shown and every control. */
    private javafx.beans.Observable[] pendingInputs() {
        List<javafx.beans.Observable> in = new java.util.ArrayList<>(model.parameterProperties());
        in.add(model.runParamsProperty());
        return in.toArray(javafx.beans.Observable[]::new);
    }

    private static Spinner<Integer> spinner(String id, String tipKey) {
        Spinner<Integer> spinner = tipped(new Spinner<>(), id, tipKey);
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        return spinner;
    }

    /** The pool's row, the caption over the workers, the workers' title and legend, and the workers. */
    private VBox stageContent() {
        eventCaption.setWrapText(true);
        eventCaption.setMinHeight(Region.USE_PREF_SIZE);
        eventCaption.setMaxWidth(Double.MAX_VALUE);
        workerLegend.setAlignment(Pos.CENTER_RIGHT);
        HBox workersHeader = new HBox(8, workersTitle, spacer(), workerLegend);
        workersHeader.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(workersArea, Priority.ALWAYS);
        return styled(new VBox(6, poolRow(), eventCaption, workersHeader, workersArea), "stageContent");
    }

    /** The factory, the pool's slots (with Close Pool beside the pool's state) and the bin, left to right. */
    private HBox poolRow() {
        Label binName = wholeWidth(text("pool.bin", "place-name"));
        HBox binLabel = new HBox(5, binName, binCount);
        binLabel.setAlignment(Pos.BASELINE_CENTER);
        closePoolButton.getStyleClass().addAll("danger", "small");
        closePoolButton.setOnAction(e -> model.closePool());
        // Close Pool beside the pool's state: in sight whatever the side panes show.
        FlowPane state = new FlowPane(8, 4, slotsTitle, poolStateBadge, closePoolButton);
        state.setAlignment(Pos.CENTER_LEFT);
        slotsHolder.setAlignment(Pos.CENTER_LEFT);
        VBox slotsBox = styled(new VBox(3, state, slotsHolder), null, "pool-slots-box");
        slotsBox.setMinWidth(120);
        HBox.setHgrow(slotsBox, Priority.ALWAYS);
        HBox row = styled(new HBox(10,
                place("factoryBox", "pool-factory", factoryDock, "mdi2f-factory",
                        wholeWidth(text("pool.factory", "place-name"))),
                icon("mdi2a-arrow-right-thin", "flow-arrow"),
                slotsBox,
                icon("mdi2a-arrow-right-thin", "flow-arrow"),
                place("binBox", "pool-bin", binDock, "mdi2d-delete-outline", binLabel)), "poolRow", "pool-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Where connections come from or go to: its dock of tiles, its icon and its name. */
    private static VBox place(String id, String styleClass, TileDock dock, String iconLiteral, Node name) {
        VBox place = styled(new VBox(dock, icon(iconLiteral, "place-icon"), name), id, styleClass);
        place.setAlignment(Pos.CENTER);
        return place;
    }

    // ---------------------------------------------------------------- counters and legends

    private void showCounters(PoolStats s) {
        countersPane.show(s);
        binCount.setText(numbers.format(s.closedTotal()));
    }

    private void buildLegends() {
        Label connections = new Label(I18n.get("pool.legend.connections"));
        connections.getStyleClass().add("legend-title");
        moveLegend.getChildren().add(connections);
        for (ConnectionMove m : ConnectionMove.values()) {
            if (m != ConnectionMove.CARRIED) { // a new connection flies as "new" from the factory
                moveLegend.getChildren().add(ConnectionTile.legendEntry(m));
            }
        }
        for (WorkerState s : WorkerState.values()) {
            Label glyph = new Label(s.glyph());
            glyph.getStyleClass().addAll("legend-worker", s.styleClass());
            Label count = new Label();
            count.setId("legend-" + s.styleClass());
            count.getStyleClass().add("legend-text");
            legendCounts.put(s, count);
            HBox entry = new HBox(3, glyph, count);
            // A compact legend shows the glyph and count alone: the name is a pointer away.
            Tooltip.install(entry, new Tooltip(I18n.get(s.messageKey())));
            entry.setAlignment(Pos.CENTER_LEFT);
            workerLegend.getChildren().add(entry);
        }
        chartLegend.getChildren().addAll(
                chartKey("pool.chart.inUse", "chart-in-use"),
                chartKey("pool.chart.idle", "chart-idle"),
                chartKey("pool.chart.created", "chart-created"));
    }

    private static Label chartKey(String key, String styleClass) {
        Line sample = new Line(0, 0, 22, 0);
        sample.getStyleClass().addAll("chart-key", styleClass);
        Label l = new Label(I18n.get(key), sample);
        l.getStyleClass().add("legend-text");
        return l;
    }

    // ---------------------------------------------------------------- per frame

    private void refresh() {
        PoolDemo.Params run = model.runParamsProperty().get();
        boolean newRun = run != shownRun;
        if (newRun) {
            shownRun = run;
            flights.clear();
            movesSeen = 0;
        }
        // A state reached by a jump (a seek, End from behind) is drawn as it is: the tiles of the state before
        // go, nothing of it flies, and its counts and chart show in this frame, whatever frame it is. The model
        // alone decides what is a jump; the view only reads its mark.
        boolean rebuilt = model.rebuilds() != shownRebuilds;
        if (rebuilt) {
            shownRebuilds = model.rebuilds();
            flights.clear();
            movesSeen = model.moveCount();
        }
        List<Long> idle = model.slotIds();
        if (model.slotCount() != slots.slotCount()) {
            slotsTitle.setText(I18n.get("pool.slots", model.slotCount()));
        }
        if (model.slotCount() != slots.slotCount() || !idle.equals(shownSlots)) {
            slots.show(model.slotCount(), idle);
            shownSlots = idle;
        }
        int count = run == null ? model.workersProperty().get() : run.workers();
        if (count != shownWorkers) {
            workersTitle.setText(I18n.get("pool.workers", numbers.format(count)));
            shownWorkers = count;
        }
        workers.refresh();
        // A new run (or a reset) shows its counts at once, whatever frame it falls on: never the last run's.
        if (model.isTextFrame() || newRun || rebuilt) {
            showLegendCounts();
        }
        // Tiles fly to and from figures; a heat map's cells are too small to fly to. Moves of a jump are state.
        long fresh = Math.max(movesSeen, model.firstFlyingMove());
        if (model.moveCount() > fresh && workers.grid() == null) {
            // Only the newest few fly: older moves of this frame are not even copied out.
            flights.fly(model.movesSince(Math.max(fresh, model.moveCount() - FlightLayer.MAX_NEW_PER_FRAME)));
        }
        movesSeen = model.moveCount();
        // The chart moves slowly: ten times a second is smooth enough.
        if (model.isChartFrame() || rebuilt) {
            chart.redraw();
        }
    }

    /**
     * The caption over the workers: before a run what the next run will do, during a run the newest event,
     * after it the lesson, which takes its numbers from the same record as the counters. Every input is
     * read on every call: an input left unread would stop telling this listener of its changes.
     */
    private void showCaption() {
        PoolDemo.Params run = model.runParamsProperty().get();
        PoolEvent latest = model.notableEventProperty().get();
        PoolStats counted = model.countersProperty().get();
        boolean lesson = model.finishedProperty().get() && model.failureProperty().get().isEmpty();
        PoolDemo.Params next = model.params();
        String text;
        if (run == null) {
            text = PoolEventText.ready(next);
        } else if (lesson) {
            text = PoolEventText.summary(counted, run);
        } else {
            text = PoolEventText.describe(latest, model.poolClosedProperty().get());
        }
        eventCaption.pseudoClassStateChanged(LESSON, run != null && lesson);
        eventCaption.setText(text);
    }

    /**
     * Compact, for half a window (compare mode), so that every worker stays in view: no caption over the workers,
     * who keep its room (the tiles and figures show each event, compare mode's table of outcomes the lesson of
     * both runs); no chips for what the pool row shows already (idle slots, the bin's count of closed ones) or only
     * the end matters for (the peak); the workers' legend as glyphs and counts, the names in tooltips; smaller
     * places and rows (pool.css).
     */
    public void setCompact(boolean compact) {
        this.compact = compact;
        eventCaption.setVisible(!compact);
        eventCaption.setManaged(!compact);
        countersPane.fold("compact", compact ? COMPACT_FOLDED : List.of());
        pseudoClassStateChanged(COMPACT, compact);
        workers.setCompact(compact);
        workers.refresh();
        Arrays.fill(shownCounts, -1);
        showLegendCounts();
    }

    private void showLegendCounts() {
        for (WorkerState s : WorkerState.values()) {
            int n = model.workersIn(s);
            if (n != shownCounts[s.ordinal()]) {
                shownCounts[s.ordinal()] = n;
                String count = numbers.format(n);
                legendCounts.get(s).setText(compact ? count : I18n.get(s.messageKey()) + " " + count);
            }
        }
    }

    private void showPoolState(boolean closed) {
        poolStateBadge.setText(I18n.get(closed ? "pool.state.closed" : "pool.state.open"));
        poolStateBadge.pseudoClassStateChanged(CLOSED, closed);
    }

    // ---------------------------------------------------------------- for tests and the shell

    /** The slots row. */
    public PoolSlotView slotView() {
        return slots;
    }

    /** The worker figures, empty when the heat map is shown. */
    public List<WorkerFigure> figures() {
        return workers.figures();
    }

    /** The heat map, or null when figures are shown. */
    public WorkerGridCanvas grid() {
        return workers.grid();
    }

    /** The live chart. */
    PoolChart chart() {
        return chart;
    }

    /** Tiles flying now. */
    public int flightsInAir() {
        return flights.flying();
    }

    /** Lands every tile in the air at once: the picture shows the state, not the way to it. */
    public void clearFlights() {
        flights.clear();
    }

    public CodeListingView codeListing() {
        return code;
    }

    public LogPane logPane() {
        return log;
    }

    /** Whether the side panes are columns (true) or share one column as tabs (a narrow view). */
    public boolean isWideLayout() {
        return arrangement.isWide();
    }

    /** Whether the chart is in the middle column (true) or beside the code (a short view). */
    public boolean isChartInCentre() {
        return arrangement.isChartInCentre();
    }

    /** The panel of settings, for a shell that puts them elsewhere. */
    public VBox settingsPane() {
        return settingsPane;
    }

    /** Where tiles fly from and to. */
    private final class Places implements FlightLayer.Places {
        @Override
        public TileDock factory() {
            return factoryDock;
        }

        @Override
        public TileDock bin() {
            return binDock;
        }

        @Override
        public TileDock slot(int i) {
            return slots.slot(i);
        }

        @Override
        public TileDock worker(int q) {
            return workers.dockOf(q);
        }
    }
}
