package gopatterns.ui.record;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * JavaFX's animation time (transitions, animation timers), held still and moved by hand while a recording
 * renders: a card's slide or a tile's flight is then at the same point of its course in every recording, one
 * frame's length further each frame, whatever the wall clock did meanwhile.
 *
 * <p>JavaFX has no public way to do this: this class pauses its primary timer and hands it pulses at chosen
 * times, through the toolkit's internals. In the app image the launcher opens them to this module
 * ({@code --add-opens javafx.graphics/com.sun.scenario.animation=gopatterns},
 * {@code --add-exports javafx.graphics/com.sun.javafx.tk=gopatterns}). FX thread only.
 */
final class AnimationClock implements AutoCloseable {

    /** JavaFX counts animation time in ticks of 1/6000 s: a base on a whole tick rounds the same every time. */
    private static final long TICK_GRID_NANOS = 100_000;

    private final Object timer;
    private final Method pulse;
    private final Field pauseTime;
    private final long base;
    private long last;

    private AnimationClock(Object timer, Method pulse, Field pauseTime) throws ReflectiveOperationException {
        this.timer = timer;
        this.pulse = pulse;
        this.pauseTime = pauseTime;
        pauseTime.getDeclaringClass().getMethod("pause").invoke(timer);
        base = Math.floorDiv(pauseTime.getLong(timer), TICK_GRID_NANOS) * TICK_GRID_NANOS;
        pauseTime.setLong(timer, base);
    }

    /**
     * Stops JavaFX's animation time; from now on it moves only by {@link #moveTo}, until {@link #close}.
     *
     * @throws IllegalStateException when the toolkit's internals cannot be reached (a launcher without the
     *                               options above)
     */
    static AnimationClock take() {
        try {
            Class<?> toolkitClass = Class.forName("com.sun.javafx.tk.Toolkit");
            Object toolkit = toolkitClass.getMethod("getToolkit").invoke(null);
            Object timer = toolkitClass.getMethod("getPrimaryTimer").invoke(toolkit);
            Class<?> primary = Class.forName("com.sun.scenario.animation.AbstractPrimaryTimer");
            Method pulse = primary.getDeclaredMethod("timePulseImpl", long.class);
            pulse.setAccessible(true);
            Field pauseTime = primary.getDeclaredField("startPauseTime");
            pauseTime.setAccessible(true);
            return new AnimationClock(timer, pulse, pauseTime);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot hold JavaFX's animation time (" + e + "); the launcher needs "
                    + "--add-opens javafx.graphics/com.sun.scenario.animation=gopatterns "
                    + "--add-exports javafx.graphics/com.sun.javafx.tk=gopatterns", e);
        }
    }

    /**
     * Moves animation time to {@code nanos} after it was taken (never back) and runs one animation pulse. The
     * held time moves too, so an animation that starts after this (in the next frame's events) starts here.
     */
    void moveTo(long nanos) {
        last = Math.max(last, nanos);
        try {
            pauseTime.setLong(timer, base + last);
            pulse.invoke(timer, base + last);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets animation time run with the wall clock again, going on from where it was moved to. */
    @Override
    public void close() {
        try {
            pauseTime.setLong(timer, base + last);
            pauseTime.getDeclaringClass().getMethod("resume").invoke(timer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
