package gopatterns.ui.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.Page;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import javafx.beans.Observable;
import javafx.scene.Parent;

/** The pool in compare mode: everyone at once beside arrivals spread out, a cap on idle beside a cap on all. */
public final class PoolPattern extends ComparePattern<PoolModel, PoolDemo.Params> {

    /** A line of the outcome: its key, the message that names it, its value. */
    private record Counter(String key, String nameKey, ToLongFunction<PoolStats> value) {
        Counter(String key, ToLongFunction<PoolStats> value) {
            this(key, "pool.counter." + key, value);
        }
    }

    /**
     * The outcome's lines: the counters that tell the pool's lessons apart, by their counter names. Every
     * connection made is in them once the pool is closed: closed at release, or by the shutdown (those idle at
     * Close and those that came back after it, a bounded pool's when Close comes mid-run).
     */
    private static final List<Counter> OUTCOME = List.of(
            new Counter("created", PoolStats::created),
            new Counter("reused", PoolStats::reused),
            new Counter("closedAtRelease", PoolStats::closedAtRelease),
            new Counter("closedByShutdown", "compare.pool.closedByShutdown",
                    s -> s.closedAtShutdown() + s.closedAfterShutdown()),
            new Counter("peak", PoolStats::peakInUse),
            new Counter("waits", PoolStats::waits),
            new Counter("refused", PoolStats::refusedAcquires));

    /**
     * The counters the table of outcomes repeats (closed by the shutdown being the two counters of it), and those
     * that are 0 at every end (idle and in use: the table shows once the pool is closed and every worker done): a
     * side folds them away while the table shows, and keeps its workers in view instead.
     */
    private static final List<String> TABLED = List.of("created", "reused", "closedAtRelease", "closedAtShutdown",
            "closedAfterShutdown", "idle", "inUse", "peak", "waits", "refused");

    public PoolPattern(Page source) {
        super(source);
    }

    @Override
    public PoolModel newModel(VirtualClock clock) {
        return new PoolModel(clock);
    }

    @Override
    public Parent newView(PoolModel model) {
        // Half a window: compact, so that the pool and its workers stay in view.
        PoolView view = new PoolView(model);
        view.setCompact(true);
        return view;
    }

    @Override
    public void releaseView(Parent view) {
        ((PoolView) view).detach();
    }

    @Override
    public PoolDemo.Params parameters(PoolModel model) {
        return model.params();
    }

    @Override
    public void setParameters(PoolModel model, PoolDemo.Params p) {
        model.setParams(p);
    }

    @Override
    public Observable[] parameterProperties(PoolModel m) {
        return new Observable[] {m.sizeProperty(), m.workersProperty(), m.holdMillisProperty(),
                m.spreadSecondsProperty(), m.modeProperty(), m.maxTotalProperty(), m.acquireTimeoutMillisProperty(),
                m.failureRateProperty(), m.seedProperty()};
    }

    @Override
    public List<Setting> settings(PoolDemo.Params p) {
        NumberFormat n = PoolEventText.counts();
        List<Setting> out = new ArrayList<>();
        out.add(new Setting("size", I18n.get("pool.param.size"), n.format(p.size())));
        out.add(new Setting("workers", I18n.get("pool.param.workers"), n.format(p.workers())));
        out.add(new Setting("hold", I18n.get("pool.param.hold"), PoolEventText.duration(p.hold())));
        out.add(new Setting("spread", I18n.get("pool.param.spread"),
                p.spread().isZero() ? I18n.get("pool.spread.atOnce") : PoolEventText.duration(p.spread())));
        out.add(new Setting("mode", I18n.get("pool.param.mode"),
                I18n.get("pool.mode." + p.mode().name().toLowerCase(Locale.ROOT))));
        if (p.mode() == PoolMode.BOUNDED) {
            out.add(new Setting("maxTotal", I18n.get("pool.param.maxTotal"), n.format(p.maxTotal())));
            out.add(new Setting("timeout", I18n.get("pool.param.timeout"), PoolEventText.duration(p.acquireTimeout())));
        }
        out.add(new Setting("failure", I18n.get("pool.param.failure"), Math.round(p.failureRate() * 100) + "%"));
        out.add(new Setting("seed", I18n.get("pool.param.seed"), Long.toString(p.seed())));
        return out;
    }

    @Override
    public List<Pair<PoolDemo.Params>> pairs() {
        Map<String, PoolDemo.Params> presets = PoolPage.presetParameters();
        PoolDemo.Params atOnce = presets.get("at-once");
        return List.of(
                new Pair<>("at-once-spread", atOnce, presets.get("spread")),
                new Pair<>("go-bounded", atOnce, presets.get("bounded")),
                new Pair<>("size-2-5", atOnce.withSize(2), atOnce.withSize(5)));
    }

    @Override
    public Pair<PoolDemo.Params> pairOf(String presetId) {
        return switch (presetId) {
            case "pool.at-once", "pool.spread" -> pairs().get(0);
            case "pool.bounded" -> pairs().get(1);
            default -> null;
        };
    }

    /** Every worker is done and the pool closed, as the Go program ends. */
    @Override
    public boolean finished(PoolModel m) {
        return m.finishedProperty().get();
    }

    @Override
    public List<Result> outcome(PoolModel m) {
        PoolStats s = m.statsFromEvents();
        NumberFormat n = PoolEventText.counts();
        List<Result> out = new ArrayList<>();
        for (Counter c : OUTCOME) {
            out.add(new Result(c.key(), I18n.get(c.nameKey()), n.format(c.value().applyAsLong(s))));
        }
        return out;
    }

    @Override
    public void outcomeShown(Parent view, boolean shown) {
        if (view.lookup("#countersPane") instanceof PoolCounters counters) {
            counters.fold("table", shown ? TABLED : List.of());
        }
    }

    @Override
    public String actionKey() {
        return "compare.action.closePool";
    }

    @Override
    public void act(PoolModel model) {
        model.closePool();
    }

    @Override
    public boolean actionIsInterrupt() {
        return false;
    }

    @Override
    public String actionButtonId() {
        return "closePoolButton";
    }
}
