package gopatterns.ui.common;

/**
 * The one place that decides, frame by frame, what a view redraws: its texts (numbers, the time, the code
 * line, the explanation), the Go log, the chart and the goroutine lanes. A model owns one loop, calls
 * {@link #begin} once at the start of each of its frames and {@link #end} after it; the model and its views
 * ask {@link #plan()} what this frame updates. Pure: no toolkit, no clock, no thread.
 *
 * <p>The cadence plan, for animation frames of a running run, frame {@code n} being the n-th frame begun
 * (counting from 1, drains included):
 * <ul>
 *   <li>texts when {@code n % 3 == 0} (20 a second at 60 fps): text changes make JavaFX lay the window out
 *       again; twenty times a second reads as live, sixty only costs;</li>
 *   <li>the log when {@code n % 12 == 1} (5 a second): nobody reads lines flying by faster, and a long list
 *       that changes costs more than anything else in a frame;</li>
 *   <li>the chart when {@code n % 6 == 2} and the lanes when {@code n % 6 == 5} (10 a second each).</li>
 * </ul>
 * So no animation frame of a running run does two of them. A frame that is not an animation frame (a
 * command or a test drains the model), any frame of a run that has ended, and anything asked between
 * frames is exact: it updates everything. The frame in which a run ends already changes much (the buttons,
 * the lesson, the last events): it only redraws the chart, and the rest follows on the next frame, which is
 * exact.
 */
public final class FrameLoop {

    /** One animation frame in this many updates the texts. */
    public static final int TEXT_EVERY = 3;
    /** One animation frame in this many updates the log. */
    public static final int LOG_EVERY = 4 * TEXT_EVERY;
    /** One animation frame in this many redraws the chart, and as many the lanes. */
    public static final int CHART_EVERY = 2 * TEXT_EVERY;

    /** Phases within the periods above, chosen so that no two updates share a frame. */
    private static final int LOG_PHASE = 1;
    private static final int CHART_PHASE = 2;
    private static final int LANES_PHASE = 5;

    /**
     * What one frame updates.
     *
     * @param text  numbers, time, code line, explanation
     * @param log   the Go log
     * @param chart the pool's chart
     * @param lanes the goroutine lanes
     */
    public record Plan(boolean text, boolean log, boolean chart, boolean lanes) {

        /** Everything: a drain, a run at rest, or between frames. */
        public static final Plan EXACT = new Plan(true, true, true, true);
    }

    /** The frame in which the run ends: the chart shows the end at once, the rest follows on the next frame. */
    private static final Plan ENDING = new Plan(false, false, true, false);

    private long frames;
    private boolean runningLastFrame;
    private Plan plan = Plan.EXACT;
    private boolean inFrame;

    /**
     * Starts a frame and decides what it updates.
     *
     * @param animation true for a frame of the animation timer, false for a drain a command or a test asks for
     * @param running   whether the run is going on at the start of this frame (its events applied)
     * @return the plan of this frame, also {@link #plan()} until {@link #end}
     */
    public Plan begin(boolean animation, boolean running) {
        boolean ending = runningLastFrame && !running;
        runningLastFrame = running;
        long n = ++frames;
        inFrame = true;
        if (!animation || !running && !ending) {
            plan = Plan.EXACT;
        } else if (ending) {
            plan = ENDING;
        } else {
            plan = new Plan(n % TEXT_EVERY == 0, n % LOG_EVERY == LOG_PHASE, n % CHART_EVERY == CHART_PHASE,
                    n % CHART_EVERY == LANES_PHASE);
        }
        return plan;
    }

    /** Ends the frame: from now until the next {@link #begin}, everything asked for is exact. */
    public void end() {
        inFrame = false;
    }

    /** What the current frame updates; {@link Plan#EXACT} between frames. */
    public Plan plan() {
        return inFrame ? plan : Plan.EXACT;
    }
}
