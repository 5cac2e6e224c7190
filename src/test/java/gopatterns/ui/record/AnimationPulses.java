package gopatterns.ui.record;

import javafx.scene.Parent;

/**
 * Frames of JavaFX's animation run by a test, one after another, with its animation time held still otherwise:
 * each pulse runs the animation timers (a model's frame bridge) and moves the transitions (a tile's flight, a
 * card's slide) one frame on, and the scene is styled and laid out after it, as a pulse of the window does. The
 * same frames come whatever the machine's load: no wall clock, no sleep. FX thread.
 */
public final class AnimationPulses {

    /** A frame at 60 Hz, in nanoseconds. */
    public static final long FRAME_NANOS = 1_000_000_000L / 60;

    private AnimationPulses() {
    }

    /**
     * Runs {@code n} pulses a frame apart, laying {@code root} out after each; then animation time runs with the
     * wall clock again, from where the pulses left it.
     *
     * @throws IllegalStateException when JavaFX's animation time cannot be held (see {@link AnimationClock#take})
     */
    public static void run(int n, Parent root) {
        try (AnimationClock animation = AnimationClock.take()) {
            for (int i = 1; i <= n; i++) {
                animation.moveTo(i * FRAME_NANOS);
                root.applyCss();
                root.layout();
            }
        }
    }
}
