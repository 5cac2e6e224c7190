package gopatterns.ui.record;

import gopatterns.clock.VirtualClock;
import java.nio.file.Path;

/**
 * What to record and how.
 *
 * @param page   {@code runner} or {@code pool}
 * @param preset a preset id of that page, short ({@code book}) or full ({@code runner.book})
 * @param width  frame width in pixels, {@value #MIN_WIDTH} to {@value #MAX_WIDTH}
 * @param height frame height in pixels, {@value #MIN_HEIGHT} to {@value #MAX_HEIGHT}
 * @param fps    frames per second of the recording, {@value #MIN_FPS} to {@value #MAX_FPS}
 * @param speed  virtual seconds per second of recording, 0.1 to 10 (the app's speed range)
 * @param out    the file (.gif, .mp4) or folder (PNGs) to write
 */
public record RecordSettings(String page, String preset, int width, int height, int fps, double speed, Path out) {

    public static final int MIN_WIDTH = 320;
    public static final int MIN_HEIGHT = 240;
    public static final int MAX_WIDTH = 3840;
    public static final int MAX_HEIGHT = 2160;
    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 60;

    /**
     * The first thing wrong with these settings, in a sentence, or null if none. Checks the ranges and the
     * page and preset; not whether the output can be written.
     */
    public String problem() {
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            return "size must be between " + MIN_WIDTH + "x" + MIN_HEIGHT + " and " + MAX_WIDTH + "x" + MAX_HEIGHT
                    + ", was " + width + "x" + height;
        }
        if (fps < MIN_FPS || fps > MAX_FPS) {
            return "fps must be between " + MIN_FPS + " and " + MAX_FPS + ", was " + fps;
        }
        if (!(speed >= VirtualClock.MIN_SPEED && speed <= VirtualClock.MAX_SPEED)) {
            return "speed must be between 0.1 and 10, was " + speed;
        }
        return RecordPages.problem(page, preset);
    }
}
