package gopatterns.ui.record;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.Showcase;
import java.io.IOException;
import java.nio.IntBuffer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;

/**
 * Renders a preset's run frame by frame, offscreen, on a manual clock: the page's view under its transport
 * bar (the nodes the app shows), laid out as a window of {@link #layoutWidth} x {@link #layoutHeight} shows it and
 * drawn at {@link #pixelScale} to the requested size (see there). Frame {@code k} shows virtual time
 * {@code k * speed / fps} after the start and JavaFX's animations {@code k / fps} seconds on; nothing reads the
 * wall clock, so the same settings give the same frames every time.
 *
 * <p>The run is recorded until it has settled (the Go program has exited and a goroutine it left running, as in
 * the leak, has blocked for good), then {@link #TAIL_SECONDS} more so that its end can be seen:
 * {@code duration = ceil((end / speed + TAIL_SECONDS) * fps) / fps} and {@code duration * fps + 1} frames.
 * Every method runs on the FX thread.
 */
public final class Recording {

    /** Seconds of recording after the run ended. */
    public static final double TAIL_SECONDS = 1.0;
    /** The longest run recorded, in virtual seconds; a run still going then is cut there. */
    public static final double MAX_VIRTUAL_SECONDS = 600;

    /** The smallest window the app's layout is made for; smaller recordings are this layout, drawn smaller. */
    public static final int LAYOUT_MIN_WIDTH = 1280;
    public static final int LAYOUT_MIN_HEIGHT = 720;
    /** Frames at least twice the smallest layout on both sides are drawn at this scale, as a 200% screen does. */
    public static final int HIDPI_SCALE = 2;

    /**
     * Image pixels per layout pixel for a {@code width x height} frame. Below 1280x720 on either side the view is
     * laid out at a larger size of the same aspect ratio (at least 1280x720) and drawn smaller: a 640x360 frame is
     * the 1280x720 window at half size, not a 640x360 window whose columns are too narrow to show anything. At
     * least twice 1280x720 on both sides (2560x1440, 3840x2160) the view is laid out at half the size and drawn
     * at 200%, as the app shows on a screen at 200%: the text is as large, relative to the frame, as at 1280x720
     * or 1920x1080. In between (1280x720 to 1920x1080, say) the view is laid out at the frame's own size.
     *
     * @return a scale in (0, 1] or {@value #HIDPI_SCALE}
     */
    public static double pixelScale(int width, int height) {
        double fit = Math.min(width / (double) LAYOUT_MIN_WIDTH, height / (double) LAYOUT_MIN_HEIGHT);
        if (fit < 1) {
            return fit;
        }
        return fit >= HIDPI_SCALE ? HIDPI_SCALE : 1;
    }

    /** The width, in layout pixels, the view is laid out at for a frame of {@code width x height} pixels. */
    public static double layoutWidth(int width, int height) {
        return width / pixelScale(width, height);
    }

    /** The height, in layout pixels, the view is laid out at for a frame of {@code width x height} pixels. */
    public static double layoutHeight(int width, int height) {
        return height / pixelScale(width, height);
    }

    /** Virtual time zero stands for this moment, shown the same in every time zone (Go's playground time). */
    static Instant epoch() {
        return LocalDateTime.of(2009, 11, 10, 23, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    private final RecordSettings settings;
    private final List<String> stylesheets;
    private final int frames;
    private int next;
    private VirtualClock clock;
    private Page page;
    private Scene scene;
    private AnimationClock animation;
    private FrameSink sink;
    private int[] pixels;

    private Recording(RecordSettings settings, List<String> stylesheets, int frames) {
        this.settings = settings;
        this.stylesheets = stylesheets;
        this.frames = frames;
    }

    /**
     * Prepares a recording: finds out how long the run lasts (a run of the model alone, on its own manual
     * clock) and creates the hidden work file beside the target. Nothing is rendered yet.
     *
     * @param stylesheets the theme's stylesheets, added after the page's own (the theme's user-agent
     *                    stylesheet is the application's, set by the caller)
     * @throws IllegalArgumentException when {@link RecordSettings#problem()} finds one
     * @throws IOException              when the work file cannot be created
     */
    public static Recording prepare(RecordSettings settings, List<String> stylesheets) throws IOException {
        String problem = settings.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Recording r = new Recording(settings, List.copyOf(stylesheets), countFrames(settings));
        r.sink = FrameSink.open(RecordFormat.of(settings.out().toString()), settings.out(),
                settings.width(), settings.height(), settings.fps());
        return r;
    }

    /** Frames of the whole recording. */
    public int frames() {
        return frames;
    }

    /** Frames rendered so far. */
    public int rendered() {
        return next;
    }

    /** Length of the recording in seconds: {@code (frames - 1) / fps}. */
    public double durationSeconds() {
        return (frames - 1) / (double) settings.fps();
    }

    /** Virtual nanoseconds after the start that frame {@code k} shows. */
    private long virtualNanos(int k) {
        return Math.round(k * settings.speed() * 1e9 / settings.fps());
    }

    private static long videoNanos(int k, int fps) {
        return Math.round(k * 1e9 / fps);
    }

    /** Runs the model alone frame by frame until the run has settled: the frame count follows from there. */
    private static int countFrames(RecordSettings s) {
        try (VirtualClock clock = VirtualClock.manual(epoch())) {
            Page page = start(s, clock);
            try {
                long limit = Math.round(MAX_VIRTUAL_SECONDS * 1e9);
                int k = 0;
                long t = 0;
                while (!page.model().isSettled() && t < limit) {
                    k++;
                    t = Math.round(k * s.speed() * 1e9 / s.fps());
                    clock.advanceTo(t);
                    page.model().sync();
                }
                return k + (int) Math.ceil(TAIL_SECONDS * s.fps()) + 1;
            } finally {
                page.model().dispose();
            }
        }
    }

    /** A page with a model on {@code clock}, the preset applied and its run started at virtual time zero. */
    private static Page start(RecordSettings s, VirtualClock clock) {
        Page page = page(s, clock);
        page.model().start();
        return page;
    }

    /** A page with a model on {@code clock} and the preset applied, ready to start. */
    static Page page(RecordSettings s, VirtualClock clock) {
        Page page = RecordPages.create(s.page(), clock);
        Preset preset = RecordPages.find(page, s.preset()).orElseThrow();
        preset.apply().run();
        page.model().speedProperty().set(s.speed());
        // A manual clock counts as paused; the recording shows a run going, as the app does (Pause, not Resume).
        page.model().resume();
        return page;
    }

    /**
     * The page's view under its transport bar in a scene of the layout size for a {@code width x height} frame
     * (see {@link #pixelScale}), styled and laid out as a window shows it before Start is pressed: the first
     * frame's movements start from where things are.
     */
    static Scene scene(Page page, int width, int height, List<String> themeStylesheets) {
        Parent root = Showcase.content(page.model(), page.createView());
        List<String> sheets = new ArrayList<>(page.stylesheets());
        sheets.addAll(themeStylesheets);
        Scene scene = Showcase.scene(root, layoutWidth(width, height), layoutHeight(width, height), sheets);
        root.applyCss();
        root.layout();
        return scene;
    }

    /**
     * Renders the next frame and hands it to the output; the first call builds the scene and starts the run.
     *
     * @return true while frames are left
     */
    public boolean renderNext() throws IOException {
        if (next >= frames) {
            return false;
        }
        if (scene == null) {
            begin();
        }
        clock.advanceTo(virtualNanos(next));
        page.model().sync();
        animation.moveTo(videoNanos(next, settings.fps()));
        sink.accept(snapshot());
        next++;
        return next < frames;
    }

    private void begin() {
        // Before any node exists: an animation that starts while the scene is built starts at a held time too.
        animation = AnimationClock.take();
        clock = VirtualClock.manual(epoch());
        page = page(settings, clock);
        scene = scene(page, settings.width(), settings.height(), stylesheets);
        page.model().start();
        pixels = new int[settings.width() * settings.height()];
    }

    private int[] snapshot() {
        return snapshot(scene, settings.width(), settings.height(), pixels);
    }

    /**
     * Draws {@code scene} (made by {@link #scene}) into a {@code width x height} image at {@link #pixelScale}: the
     * scene is rendered at that scale, not drawn full size and resampled, so text and lines stay sharp.
     *
     * @param pixels {@code width * height} ARGB pixels, filled and returned
     */
    static int[] snapshot(Scene scene, int width, int height, int[] pixels) {
        double scale = pixelScale(width, height);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(scene.getFill());
        params.setTransform(new Scale(scale, scale));
        params.setViewport(new Rectangle2D(0, 0, width, height));
        WritableImage image = scene.getRoot().snapshot(params, new WritableImage(width, height));
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                IntBuffer.wrap(pixels), width);
        return pixels;
    }

    /** The scene the next frame is drawn from, laid out at the layout size; null before the first frame. */
    Scene scene() {
        return scene;
    }

    /** Writes the file or folder and moves it into place; then lets go of everything. */
    public void finish() throws IOException {
        try {
            sink.finish();
        } finally {
            release();
        }
    }

    /** Stops here: the work file is deleted and the target left as it was. */
    public void cancel() {
        sink.abort();
        release();
    }

    /** Deletes what was written, from any thread: the process is ending and the FX thread may be gone. */
    void discardOutput() {
        sink.abort();
    }

    private void release() {
        if (animation != null) {
            animation.close();
            animation = null;
        }
        if (page != null) {
            page.model().dispose();
            page = null;
        }
        if (clock != null) {
            clock.close();
            clock = null;
        }
    }

    /** The settings recorded. */
    public RecordSettings settings() {
        return settings;
    }
}
