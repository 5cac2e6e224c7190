package gopatterns.ui.common;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.GoEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The smallest model there is, for tests of what every model shares: a run whose one thread sleeps a
 * millisecond, then publishes {@link #count} events at once (each logs a Go line if {@link #logging}); the
 * view cannot show event {@link #bad}.
 */
public final class TickModel extends SimulationModel<TickModel.Tick> {

    public record Tick(long seq, long at) implements GoEvent {}

    public int count = 600;
    public long bad = -1;
    public boolean logging;
    /** Runs on the run's thread after the events. */
    public Runnable threadBody = () -> { };
    /** Seq numbers of the events the model took in, this run. */
    public final List<Long> applied = new ArrayList<>();

    public TickModel(VirtualClock clock) {
        super(clock);
    }

    /** Starts a run, lets its thread publish and end, and brings the model up to date (FX round-trips). */
    public void runToEnd() throws Exception {
        WaitForAsyncUtils.asyncFx(this::start).get(60, TimeUnit.SECONDS);
        clock().advance(Duration.ofMillis(1));
        WaitForAsyncUtils.asyncFx(this::sync).get(60, TimeUnit.SECONDS);
    }

    @Override
    protected Run launch(VirtualClock c, EventBus<Tick> bus) {
        int n = count;
        Runnable after = threadBody;
        Thread t = c.startThread("tick-main", () -> {
            try {
                c.sleep(Duration.ofMillis(1));
            } catch (InterruptedException e) {
                return;
            }
            for (int i = 0; i < n; i++) {
                bus.publish(Tick::new);
            }
            after.run();
        });
        return () -> c.interrupt(t);
    }

    @Override
    protected void apply(Tick event) {
        if (event.seq() == bad) {
            throw new IllegalStateException("cannot show tick " + bad);
        }
        applied.add(event.seq());
    }

    @Override
    protected Optional<String> logMessage(Tick event) {
        return logging ? Optional.of("tick " + event.seq()) : Optional.empty();
    }

    @Override
    protected void clearState() {
        resetFold();
    }

    /** Ticks are never written as traces. */
    @Override
    public gopatterns.event.TracePattern<Tick, ?> tracePattern() {
        throw new UnsupportedOperationException("ticks have no trace format");
    }

    @Override
    public Object traceParameters() {
        return count;
    }

    @Override
    public boolean showTraceParameters(Object params) {
        return false;
    }

    @Override
    protected void resetFold() {
        applied.clear();
    }
}
