package gopatterns.ui.runner;

import gopatterns.event.GoDuration;
import gopatterns.event.GoEvent;
import gopatterns.runner.DurationRule;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.Legend;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;

/** The Runner as a page of the main window: its view, presets, explanations, legend and saved parameters. */
public final class RunnerPage implements Page {

    private final RunnerModel model;
    private RunnerView view;

    public RunnerPage(RunnerModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return I18n.get("runner.title");
    }

    @Override
    public RunnerModel model() {
        return model;
    }

    @Override
    public Parent createView() {
        if (view != null) {
            view.release();
        }
        view = new RunnerView(model);
        return view;
    }

    @Override
    public List<String> stylesheets() {
        return RunnerView.stylesheets();
    }

    @Override
    public boolean interrupt() {
        model.interrupt();
        return true;
    }

    // ---------------------------------------------------------------- presets

    /** The page's id, also the command line's {@code --page}. */
    public static final String ID = "runner";

    /**
     * The presets' parameters by short name, in the order of the preset list; the short name is the command
     * line's {@code --preset} and the preset's id is {@code runner.<name>}. Needs no JavaFX.
     */
    public static Map<String, RunnerDemo.Params> presetParameters() {
        RunnerDemo.Params book = RunnerDemo.Params.book();
        RunnerDemo.Params leak = book.withTimeout(Duration.ofMillis(1500)).withTasks(5);
        Map<String, RunnerDemo.Params> presets = new LinkedHashMap<>();
        presets.put("book", book);
        presets.put("timeout-wins", book.withTimeout(Duration.ofMillis(2500)));
        presets.put("interrupt-mid-task", book.withTimeout(Duration.ofSeconds(10))
                .withDurations(new DurationRule.Constant(Duration.ofSeconds(2))));
        presets.put("interrupt-too-late", book);
        presets.put("leak", leak);
        presets.put("fixed", leak.withMode(RunnerMode.FIXED));
        return presets;
    }

    @Override
    public List<Preset> presets() {
        return Preset.of(ID, presetParameters(), model::setParameters, model::parameters);
    }

    // ---------------------------------------------------------------- explanations

    /** While the leaked goroutine goes on, the status says that Start returned, not that all ended. */
    @Override
    public String endedState(String at) {
        return switch (model.leakProperty().get()) {
            case LEAKED_RUNNING -> I18n.get("status.returnedLeakRuns", at);
            case BLOCKED_FOREVER -> I18n.get("status.returnedLeakBlocked", at);
            default -> Page.super.endedState(at);
        };
    }

    @Override
    public Optional<String> explain(GoEvent event) {
        if (!(event instanceof RunnerEvent e)) {
            return Optional.empty();
        }
        String text = describe(e);
        // After Start has returned the real Go program has exited: what the leaked goroutine does is shown
        // here only, and the Go program never prints it.
        boolean afterExit = model.endingProperty().get() != null && switch (e) {
            case RunnerEvent.InterruptChecked c -> true;
            case RunnerEvent.TaskStarted t -> true;
            case RunnerEvent.TaskWorking w -> true;
            case RunnerEvent.TaskFinished f -> true;
            case RunnerEvent.WorkReturned w -> true;
            default -> false;
        };
        return Optional.of(afterExit ? text("afterExit", text) : text);
    }

    private String describe(RunnerEvent e) {
        return switch (e) {
            case RunnerEvent.Created c -> text("Created", seconds(c.timeout()));
            case RunnerEvent.TimeoutChanged t -> text("TimeoutChanged", seconds(t.timeout()));
            case RunnerEvent.Started s -> text("Started", s.tasks());
            case RunnerEvent.InterruptChecked c -> text("InterruptChecked", id(c.task()));
            case RunnerEvent.TaskStarted t -> text("TaskStarted", id(t.task()));
            case RunnerEvent.TaskWorking w -> text("TaskWorking", id(w.task()), GoDuration.format(w.duration()));
            case RunnerEvent.TaskFinished f -> text("TaskFinished", id(f.task()));
            case RunnerEvent.InterruptRequested r -> text("InterruptRequested." + r.delivery().name());
            case RunnerEvent.InterruptObserved o -> text("InterruptObserved", id(o.beforeTask()));
            case RunnerEvent.WorkReturned w -> text("WorkReturned", w.result().goMessage());
            case RunnerEvent.ResultReceived r -> text("ResultReceived");
            case RunnerEvent.TimeoutFired t -> text("TimeoutFired");
            case RunnerEvent.Ended end -> text(end.tie() ? "Ended.tie" : leaves(end) ? "Ended.leak" : "Ended",
                    end.outcome().goMessage(), end.outcome().exitCode());
            case RunnerEvent.BackgroundLeaked l -> text("BackgroundLeaked");
            case RunnerEvent.BackgroundBlocked b -> text("BackgroundBlocked");
            case RunnerEvent.BackgroundCancelled c -> text("BackgroundCancelled");
            case RunnerEvent.ResultBuffered b -> text("ResultBuffered");
            case RunnerEvent.Disposed d -> text("Disposed");
        };
    }

    /** A timeout in As-in-Go mode leaves the background goroutine behind (the fixed mode cancels it). */
    private boolean leaves(RunnerEvent.Ended end) {
        RunnerDemo.Params run = model.runParamsProperty().get();
        return end.outcome() == Outcome.TIMEOUT && run != null && run.mode() == RunnerMode.GO_FAITHFUL;
    }

    private static String text(String key, Object... args) {
        return I18n.get("explain.runner." + key, args);
    }

    /** A task's number as Go prints it: plain digits, never grouped. */
    private static String id(long task) {
        return Long.toString(task);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toNanos() / 1e9);
    }

    // ---------------------------------------------------------------- legend

    @Override
    public Node createLegend() {
        return new Legend(List.of(
                new Legend.Entry("legend-queued", "mdi2c-clock-outline", "legend.runner.queued"),
                new Legend.Entry("legend-running", "mdi2p-progress-clock", "legend.runner.running"),
                new Legend.Entry("legend-done", "mdi2c-check-circle", "legend.runner.done"),
                new Legend.Entry("legend-never", "mdi2m-minus-circle", "legend.runner.never"),
                new Legend.Entry("legend-leak", "mdi2g-ghost", "legend.runner.leak"),
                new Legend.Entry("legend-cancelled", "mdi2c-close-circle", "legend.runner.cancelled"),
                new Legend.Entry("legend-interrupt", "mdi2h-hand-back-right", "legend.runner.interrupt"),
                new Legend.Entry("legend-timeout", "mdi2a-alarm", "legend.runner.timeout")));
    }

    // ---------------------------------------------------------------- remembered parameters

    @Override
    public Map<String, String> saveParameters() {
        RunnerDemo.Params p = model.parameters();
        return Map.of(
                "timeout", GoDuration.format(p.timeout()),
                "tasks", Integer.toString(p.tasks()),
                "durations", p.durations().spec(),
                "mode", p.mode().name(),
                "seed", Long.toString(p.seed()),
                "speed", Double.toString(model.speedProperty().get()));
    }

    @Override
    public void restoreParameters(Map<String, String> saved) {
        if (saved.isEmpty()) {
            return;
        }
        try {
            long seed = Long.parseLong(saved.get("seed"));
            RunnerDemo.Params p = new RunnerDemo.Params(
                    GoDuration.parse(saved.get("timeout")),
                    Integer.parseInt(saved.get("tasks")),
                    DurationRule.parse(saved.get("durations"), seed),
                    RunnerMode.valueOf(saved.get("mode")),
                    seed);
            model.setParameters(p);
            model.speedProperty().set(Double.parseDouble(saved.get("speed")));
        } catch (RuntimeException e) {
            // Settings from another version, or edited by hand: the defaults stay.
        }
    }

    @Override
    public Optional<ComparePattern<?, ?>> comparePattern() {
        return Optional.of(new RunnerPattern(this));
    }
}
