package gopatterns.ui.compare;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.GoEvent;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.SimulationModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Two runs of one pattern side by side on one virtual clock, under one transport: the model of compare mode.
 *
 * <p>Each side is the pattern's own model ({@code RunnerModel}, {@code PoolModel}) on the shared clock. Whatever
 * must happen to both sides at one instant (the launch of both runs, an interrupt, a close of both pools) happens
 * under one {@linkplain VirtualClock#hold() hold} of the clock, so that no virtual time passes between the sides.
 * Every frame reads the clock once for the pair and all three models show that instant (a hold per frame would
 * stop virtual time for as long as the frame takes, and slow a real-time run down). The pause state lives
 * in the clock: the sides' own pause flags are brought in line with it before any command of theirs runs.
 *
 * <p>This model's own run has no events: its time is the pair's, and it ends when both sides have finished.
 * FX thread only.
 *
 * @param <M> the pattern's model
 * @param <P> the pattern's parameters
 */
public final class CompareModel<M extends SimulationModel<?>, P> extends SimulationModel<GoEvent> {

    /** Which side. */
    public enum Side { LEFT, RIGHT }

    private final ComparePattern<M, P> pattern;
    private final M left;
    private final M right;
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyLongWrapper frames = new ReadOnlyLongWrapper(this, "frames");
    /** Drives the frames of both sides and of this model, in that order, once a pulse. */
    private final AnimationTimer driver = new AnimationTimer() {
        @Override
        public void handle(long now) {
            sync();
        }
    };
    /** The clock's nanoseconds at the pair's launch, or -1 before. */
    private long launchedAt = -1;
    /** The clock read once for this frame of the pair. */
    private long frameReading;

    public CompareModel(ComparePattern<M, P> pattern, VirtualClock clock) {
        super(clock);
        this.pattern = pattern;
        this.left = pattern.newModel(clock);
        this.right = pattern.newModel(clock);
        for (SimulationModel<?> m : List.of(left, right, this)) {
            m.readFramesFrom(() -> frameReading);
        }
        // One speed: the clock is one; the sides' own speed (their animations' pace) follows.
        speedProperty().addListener((obs, old, v) -> {
            left.speedProperty().set(v.doubleValue());
            right.speedProperty().set(v.doubleValue());
        });
    }

    /** Compare mode saves one trace a side (each side's own), never one of the pair. */
    @Override
    public gopatterns.event.TracePattern<GoEvent, ?> tracePattern() {
        throw new UnsupportedOperationException("each side of compare mode has its own trace");
    }

    @Override
    public Object traceParameters() {
        return pattern.parameters(left);
    }

    /** The pair's parameters are set per side; an opened trace goes to its page, not here. */
    @Override
    public boolean showTraceParameters(Object params) {
        return false;
    }

    public ComparePattern<M, P> pattern() {
        return pattern;
    }

    public M left() {
        return left;
    }

    public M right() {
        return right;
    }

    public M side(Side s) {
        return s == Side.LEFT ? left : right;
    }

    /** The other side. */
    public M opposite(Side s) {
        return s == Side.LEFT ? right : left;
    }

    // ---------------------------------------------------------------- parameters

    /** Both sides take {@code pair}'s parameters; a run going on is reset first. */
    public void apply(ComparePattern.Pair<P> pair) {
        reset();
        pattern.setParameters(left, pair.left());
        pattern.setParameters(right, pair.right());
    }

    /** True while the sides' parameters are exactly {@code pair}'s. */
    public boolean isInEffect(ComparePattern.Pair<P> pair) {
        return pair.left().equals(pattern.parameters(left)) && pair.right().equals(pattern.parameters(right));
    }

    /** The side {@code to} takes the parameters of the other side: then change one thing to compare. */
    public void copyTo(Side to) {
        pattern.setParameters(side(to), pattern.parameters(opposite(to)));
    }

    /** Keys of the settings in which the two sides differ. */
    public List<String> differences() {
        List<ComparePattern.Setting> a = pattern.settings(pattern.parameters(left));
        List<ComparePattern.Setting> b = pattern.settings(pattern.parameters(right));
        return a.stream().filter(s -> b.stream().noneMatch(o -> o.key().equals(s.key()) && o.value().equals(s.value())))
                .map(ComparePattern.Setting::key)
                .toList();
    }

    // ---------------------------------------------------------------- commands: both sides at one instant

    @Override
    public void start() {
        together(left::start, right::start, super::start);
    }

    /**
     * Before a run: launches both sides paused at their first event. During one: moves the one clock to its next
     * wake-up, once, whichever side it belongs to.
     */
    @Override
    public void step() {
        if (!startedProperty().get()) {
            together(left::step, right::step, super::step);
        } else {
            super.step();
            sync();
        }
    }

    @Override
    public void reset() {
        together(left::reset, right::reset, super::reset);
    }

    /** The pattern's command (Interrupt, Close pool) reaches both sides at one virtual instant. */
    public void act() {
        together(() -> pattern.act(left), () -> pattern.act(right));
        sync();
    }

    /**
     * Runs {@code steps} with virtual time held still, each with every pause flag in line with the clock: a side's
     * own start or reset resumes the clock only if it believes it paused.
     */
    private void together(Runnable... steps) {
        try (VirtualClock.Hold hold = clock().hold()) {
            for (Runnable step : steps) {
                alignPause();
                step.run();
            }
            alignPause();
        }
    }

    private void alignPause() {
        for (SimulationModel<?> m : List.of(left, right, this)) {
            if (m.pausedProperty().get() != clock().isPaused()) {
                // Twice: the clock is where it was, and the flag now says so.
                m.togglePause();
                m.togglePause();
            }
        }
    }

    // ---------------------------------------------------------------- frames

    /** Starts the frames of the pair: one timer drives both sides and this model. */
    @Override
    public void attach() {
        left.bridge().stop();
        right.bridge().stop();
        driver.start();
    }

    /** One frame of the pair: the clock is read once, then both sides and this model take their events. */
    @Override
    public void sync() {
        // A side's view starts its model's own frames when shown: here the pair drives them instead.
        left.bridge().stop();
        right.bridge().stop();
        frameReading = clock().nanos();
        left.sync();
        right.sync();
        super.sync();
    }

    @Override
    protected void frame() {
        boolean done = launchedAt >= 0 && done(left) && done(right);
        if (done && isRunning()) {
            ended();
        }
        finished.set(done);
        frames.set(frames.get() + 1);
    }

    private boolean done(M m) {
        return pattern.finished(m) || !m.failureProperty().get().isEmpty();
    }

    @Override
    public void dispose() {
        driver.stop();
        super.dispose();
        left.bridge().stop();
        right.bridge().stop();
    }

    // ---------------------------------------------------------------- the pair's own run: no events of its own

    @Override
    protected Run launch(VirtualClock clock, EventBus<GoEvent> bus) {
        launchedAt = clock.nanos();
        return () -> { };
    }

    @Override
    protected void apply(GoEvent event) {
    }

    @Override
    protected Optional<String> logMessage(GoEvent event) {
        return Optional.empty();
    }

    @Override
    protected void clearState() {
        resetFold();
        launchedAt = -1;
    }

    /** Nothing is folded from events here: only whether both sides have finished, which the next frame tells. */
    protected void resetFold() {
        finished.set(false);
    }

    /** Once both have finished, the pair's time stops at the later side's. */
    @Override
    protected long shownAfterEnd(long end, long now) {
        return launchedAt + lastSide().toNanos();
    }

    @Override
    public Duration endedAfter() {
        return isRunning() || launchedAt < 0 ? timeProperty().get() : lastSide();
    }

    private Duration lastSide() {
        Duration a = left.timeProperty().get();
        Duration b = right.timeProperty().get();
        return a.compareTo(b) >= 0 ? a : b;
    }

    // ---------------------------------------------------------------- state

    /** True once both sides have finished: the table of outcomes is final. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Counts the pair's frames: a view that shows something of both sides refreshes on it. */
    public ReadOnlyLongProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }
}
