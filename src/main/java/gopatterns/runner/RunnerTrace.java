package gopatterns.runner;

import gopatterns.event.TraceHeader;
import gopatterns.event.TracePattern;
import java.util.LinkedHashMap;
import java.util.Map;

/** The runner demo's traces: pattern {@code runner}, its events, its parameters as the CLI names them. */
public final class RunnerTrace implements TracePattern<RunnerEvent, RunnerDemo.Params> {

    public static final RunnerTrace PATTERN = new RunnerTrace();

    private RunnerTrace() {
    }

    @Override
    public String name() {
        return "runner";
    }

    @Override
    public Class<RunnerEvent> eventType() {
        return RunnerEvent.class;
    }

    @Override
    public boolean endsWith(RunnerEvent event) {
        return RunnerDemo.exitsWith(event);
    }

    @Override
    public Map<String, Object> parameters(RunnerDemo.Params p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("timeout", p.timeout());
        m.put("tasks", p.tasks());
        m.put("durations", p.durations().spec());
        m.put("mode", p.mode());
        m.put("seed", p.seed());
        return m;
    }

    @Override
    public RunnerDemo.Params params(TraceHeader h) {
        long seed = h.whole("seed");
        DurationRule rule;
        try {
            rule = DurationRule.parse(h.text("durations"), seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("durations: " + e.getMessage(), e);
        }
        return new RunnerDemo.Params(h.duration("timeout"), h.integer("tasks"), rule,
                h.constant("mode", RunnerMode.class), seed);
    }
}
