package gopatterns.pool;

import gopatterns.event.TraceHeader;
import gopatterns.event.TracePattern;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pool demo's traces: pattern {@code pool}, its events, its parameters as the CLI names them. */
public final class PoolTrace implements TracePattern<PoolEvent, PoolDemo.Params> {

    public static final PoolTrace PATTERN = new PoolTrace();

    private PoolTrace() {
    }

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public Class<PoolEvent> eventType() {
        return PoolEvent.class;
    }

    @Override
    public boolean endsWith(PoolEvent event) {
        return PoolDemo.exitsWith(event);
    }

    @Override
    public Map<String, Object> parameters(PoolDemo.Params p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", p.size());
        m.put("workers", p.workers());
        m.put("hold", p.hold());
        m.put("spread", p.spread());
        m.put("mode", p.mode());
        m.put("maxTotal", p.maxTotal());
        m.put("acquireTimeout", p.acquireTimeout());
        m.put("failureRate", p.failureRate());
        m.put("seed", p.seed());
        return m;
    }

    @Override
    public PoolDemo.Params params(TraceHeader h) {
        return new PoolDemo.Params(h.integer("size"), h.integer("workers"), h.duration("hold"), h.duration("spread"),
                h.constant("mode", PoolMode.class), h.integer("maxTotal"), h.duration("acquireTimeout"),
                h.number("failureRate"), h.whole("seed"));
    }
}
