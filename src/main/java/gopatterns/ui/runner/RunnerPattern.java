package gopatterns.ui.runner;

import gopatterns.clock.VirtualClock;
import gopatterns.history.runner.LeakState;
import gopatterns.history.runner.RunEnding;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.Page;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.scene.Parent;

/** The runner in compare mode: the leak beside its fix. */
public final class RunnerPattern extends ComparePattern<RunnerModel, RunnerDemo.Params> {

    public RunnerPattern(Page source) {
        super(source);
    }

    @Override
    public RunnerModel newModel(VirtualClock clock) {
        return new RunnerModel(clock);
    }

    @Override
    public Parent newView(RunnerModel model) {
        // Half a window: compact, so that tasks, countdown and goroutines stay in view.
        RunnerView view = new RunnerView(model);
        view.setCompact(true);
        return view;
    }

    @Override
    public void releaseView(Parent view) {
        ((RunnerView) view).release();
    }

    @Override
    public RunnerDemo.Params parameters(RunnerModel model) {
        return model.parameters();
    }

    @Override
    public void setParameters(RunnerModel model, RunnerDemo.Params p) {
        model.setParameters(p);
    }

    @Override
    public Observable[] parameterProperties(RunnerModel m) {
        return new Observable[] {m.timeoutSecondsProperty(), m.taskCountProperty(), m.durationKindProperty(),
                m.durationSecondsProperty(), m.modeProperty(), m.seedProperty()};
    }

    @Override
    public List<Setting> settings(RunnerDemo.Params p) {
        return List.of(
                new Setting("timeout", I18n.get("params.timeout"),
                        I18n.get("params.timeout.value", p.timeout().toNanos() / 1e9)),
                new Setting("tasks", I18n.get("params.tasks"), Integer.toString(p.tasks())),
                // As the command line spells them ("i*1s"): short enough for half a window in every language.
                new Setting("durations", I18n.get("params.durations"), p.durations().spec().replace("*", " × ")),
                new Setting("mode", I18n.get("params.mode"), I18n.get("params.mode." + p.mode().name())),
                new Setting("seed", I18n.get("params.seed"), Long.toString(p.seed())));
    }

    @Override
    public List<Pair<RunnerDemo.Params>> pairs() {
        Map<String, RunnerDemo.Params> presets = RunnerPage.presetParameters();
        return List.of(new Pair<>("leak-fixed", presets.get("leak"), presets.get("fixed")));
    }

    @Override
    public Pair<RunnerDemo.Params> pairOf(String presetId) {
        return presetId.equals("runner.leak") || presetId.equals("runner.fixed") ? pairs().getFirst() : null;
    }

    /** Start has returned and the background goroutine has ended or blocked for good: nothing moves any more. */
    @Override
    public boolean finished(RunnerModel m) {
        return m.endingProperty().get() != null && m.leakProperty().get() != LeakState.LEAKED_RUNNING
                && !m.isRunning();
    }

    @Override
    public List<Result> outcome(RunnerModel m) {
        RunEnding end = m.endingProperty().get();
        String dash = I18n.get("compare.none");
        return List.of(
                new Result("result", I18n.get("compare.runner.result"),
                        end == null ? dash : I18n.get("outcome." + end.outcome().name())),
                new Result("exit", I18n.get("compare.runner.exit"),
                        end == null ? dash : Integer.toString(end.exitCode())),
                new Result("threads", I18n.get("compare.runner.threads"),
                        Integer.toString(m.liveThreadsProperty().get())),
                new Result("afterReturn", I18n.get("compare.runner.afterReturn"),
                        Long.toString(tasksAfterReturn(m.history()))));
    }

    /**
     * Tasks the background goroutine worked on after Start had returned, work done for nobody: those it started
     * later, and the one it was running then if it went on to finish it (the fix cancels that one instead).
     */
    public static long tasksAfterReturn(List<RunnerEvent> events) {
        boolean returned = false;
        java.util.Set<Integer> ran = new java.util.HashSet<>();
        for (RunnerEvent e : events) {
            if (e instanceof RunnerEvent.Ended) {
                returned = true;
            } else if (returned && e instanceof RunnerEvent.TaskStarted t) {
                ran.add(t.task());
            } else if (returned && e instanceof RunnerEvent.TaskFinished f) {
                ran.add(f.task());
            }
        }
        return ran.size();
    }

    @Override
    public String actionKey() {
        return "compare.action.interrupt";
    }

    @Override
    public void act(RunnerModel model) {
        model.interrupt();
    }

    @Override
    public boolean actionIsInterrupt() {
        return true;
    }

    @Override
    public String actionButtonId() {
        return "interruptButton";
    }
}
