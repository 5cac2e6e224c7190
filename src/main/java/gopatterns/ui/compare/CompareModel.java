package gopatterns.ui.compare;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.GoEvent;
import gopatterns.ui.I18n;
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
 * <p>This model's own run has no events: its time is the pair's, and it ends when both sides have finished. Its
 * playhead is the pair's one playhead over virtual time: a seek, a step or Play moves both sides to one instant,
 * each showing its own events up to it ({@link #seekToTime}, {@link #stepForward}); its timeline draws both
 * sides' events ({@link #timelineTracks}). FX thread only.
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
    /** Both runs are over: after looking back, the live pair's time stops at the later side's again. */
    private boolean ended;
    /** How long the pair ran, read at the live edge once both runs are over: looking back does not change it. */
    private Duration endedAt = Duration.ZERO;

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
        // Back at the live edge (Live, End, Play reaching it): both sides follow the live pair again.
        liveProperty().addListener((obs, was, now) -> {
            if (now) {
                left.seek(left.history().size());
                right.seek(right.history().size());
                if (ended) {
                    ended(); // a seek forgot when the pair's time stopped
                }
            }
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

    /**
     * The pattern's command (Interrupt, Close pool) reaches both sides at one virtual instant; only the live pair,
     * never a moment looked back at.
     */
    public void act() {
        if (!liveProperty().get()) {
            return;
        }
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

    /**
     * One frame of the pair: the clock is read once, then both sides and this model take their events. Looking
     * back, this model's frame comes first: Play moves the pair's playhead, and both sides show it in this frame.
     */
    @Override
    public void sync() {
        // A side's view starts its model's own frames when shown: here the pair drives them instead.
        left.bridge().stop();
        right.bridge().stop();
        frameReading = clock().nanos();
        boolean lookingBack = !liveProperty().get();
        if (lookingBack) {
            super.sync();
        }
        left.sync();
        right.sync();
        if (!lookingBack) {
            super.sync();
        }
    }

    @Override
    protected void frame() {
        if (isPlaying()) {
            long t = playheadNanos();
            left.playTo(left.eventsUpToTime(t), t);
            right.playTo(right.eventsUpToTime(t), t);
        }
        // Whether both runs are over is a matter of the live pair: looking back keeps the final table.
        if (liveProperty().get()) {
            boolean done = launchedAt >= 0 && done(left) && done(right);
            if (done && isRunning()) {
                ended();
                ended = true;
            }
            if (done) {
                endedAt = lastSide();
            }
            finished.set(done);
        }
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

    // ---------------------------------------------------------------- one playhead for the pair

    /** Both sides' runs, a band each, over the pair's time. */
    @Override
    public List<Track> timelineTracks() {
        return List.of(new Track(I18n.get("compare.left"), left), new Track(I18n.get("compare.right"), right));
    }

    /**
     * The later of the sides' edges, and while the pair runs its live time: a side looked back at before its leak
     * began reaches only to its last event, while the clock has gone on.
     */
    @Override
    public long edgeNanos() {
        if (!startedProperty().get()) {
            return 0;
        }
        long sides = Math.max(left.edgeNanos(), right.edgeNanos());
        return isRunning() ? Math.max(sides, clock().nanos() - launchedAt) : sides;
    }

    /**
     * Both sides at {@code runNanos} after the pair's start, each showing its events up to that instant folded
     * again (nothing flies); going back pauses the pair. At or past the edge, the live edge (still paused).
     */
    @Override
    public void seekToTime(long runNanos) {
        if (!startedProperty().get()) {
            return;
        }
        long t = Math.clamp(runNanos, 0, edgeNanos());
        if (t >= edgeNanos()) {
            super.seek(0); // the pair has no events: its edge, and the sides follow
        } else {
            lookAt(left.eventsUpToTime(t), right.eventsUpToTime(t), t);
        }
    }

    /**
     * The state after the first {@code shown} events of both sides taken together in time order (a left event
     * before a right one of the same instant); all of them: the live edge.
     */
    @Override
    public void seek(int shown) {
        if (!startedProperty().get()) {
            return;
        }
        int l = 0;
        int r = 0;
        long t = 0;
        while (l + r < shown && nextIsLeft(l, r) != null) {
            boolean fromLeft = nextIsLeft(l, r);
            t = fromLeft ? left.eventNanos(l++) : right.eventNanos(r++);
        }
        if (l == left.history().size() && r == right.history().size()) {
            super.seek(0);
        } else {
            lookAt(l, r, t);
        }
    }

    /** The first instant of the pair's run, before any event of either side. */
    @Override
    public void toStart() {
        if (startedProperty().get()) {
            lookAt(0, 0, 0);
        }
    }

    /** One event forward, of whichever side comes next (the left one first at one instant), animated as live. */
    @Override
    public void stepForward() {
        if (!startedProperty().get() || liveProperty().get()) {
            return;
        }
        int l = shown(left);
        int r = shown(right);
        Boolean fromLeft = nextIsLeft(l, r);
        if (fromLeft == null) {
            super.seek(0); // past both sides' last events: the live edge
            return;
        }
        long t = fromLeft ? left.eventNanos(l++) : right.eventNanos(r++);
        left.playTo(l, t);
        right.playTo(r, t);
        playTo(0, t);
        sync();
    }

    /** One event back, the later of the two sides' last shown events (the right one at one instant). */
    @Override
    public void stepBack() {
        if (!startedProperty().get()) {
            return;
        }
        int l = shown(left);
        int r = shown(right);
        if (l + r == 0) {
            return;
        }
        if (l == 0 || r > 0 && right.eventNanos(r - 1) >= left.eventNanos(l - 1)) {
            r--;
        } else {
            l--;
        }
        lookAt(l, r, Math.max(l > 0 ? left.eventNanos(l - 1) : 0, r > 0 ? right.eventNanos(r - 1) : 0));
    }

    /** Both sides at the live edge, and the pair's run goes on. */
    @Override
    public void toLive() {
        if (!startedProperty().get()) {
            return;
        }
        super.seek(0);
        resume();
        alignPause();
        sync();
    }

    /** The pair has no events of its own: the Play of both sides goes on to the later side's edge. */
    @Override
    protected boolean playReachedEdge(long target) {
        return target - launchedAt >= edgeNanos();
    }

    /** Shows {@code l} events of the left side and {@code r} of the right at {@code t}, folded again. */
    private void lookAt(int l, int r, long t) {
        left.lookAt(l, t);
        right.lookAt(r, t);
        lookAt(0, t);
        sync();
    }

    /** Events {@code m} shows: all of its history at the live edge. */
    private static int shown(SimulationModel<?> m) {
        return m.liveProperty().get() ? m.history().size() : m.playheadProperty().get();
    }

    /**
     * Whether the next event after {@code l} left and {@code r} right ones is the left side's (at one instant it
     * is); null when both sides have no more.
     */
    private Boolean nextIsLeft(int l, int r) {
        boolean hasLeft = l < left.history().size();
        boolean hasRight = r < right.history().size();
        if (!hasLeft || !hasRight) {
            return hasLeft ? Boolean.TRUE : hasRight ? Boolean.FALSE : null;
        }
        return left.eventNanos(l) <= right.eventNanos(r);
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
        finished.set(false);
        ended = false;
        launchedAt = -1;
    }

    /** Nothing is folded from events here: whether both runs are over is the live pair's, kept while looking back. */
    @Override
    protected void resetFold() {
    }

    /** Once both have finished, the pair's time stops at the later side's. */
    @Override
    protected long shownAfterEnd(long end, long now) {
        return launchedAt + lastSide().toNanos();
    }

    @Override
    public Duration endedAfter() {
        return isRunning() || launchedAt < 0 ? timeProperty().get() : ended ? endedAt : lastSide();
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
