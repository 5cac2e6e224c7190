package gopatterns.ui.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import gopatterns.ui.screen.ScreenContract;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Recordings, small and few frames a second so that they stay quick: how many frames, that each shows the
 * view as it is at its instant, that they come out the same twice, and that a cancelled one leaves nothing.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingTest {

    /** Recordings speak the language in effect, as the record command sets it; here English, whatever ran before. */
    @org.junit.jupiter.api.BeforeEach
    void english() {
        gopatterns.ui.I18n.localeProperty().set(gopatterns.ui.I18n.ENGLISH);
    }


    /** Wide enough to show the countdown beside the parameters. */
    private static final int W = 800;
    private static final int H = 400;

    @TempDir
    Path dir;

    private Recording record(String page, String preset, int fps, double speed, Path out) throws Exception {
        return record(page, preset, 320, 240, fps, speed, out);
    }

    private Recording record(String page, String preset, int width, int height, int fps, double speed, Path out)
            throws Exception {
        RecordSettings s = new RecordSettings(page, preset, width, height, fps, speed, out);
        return RecordJob.start(s, List.of(), (done, total) -> { }).result().get(120, TimeUnit.SECONDS);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static int gifFrames(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }

    @Test
    void theBooksRunnerDemoEndsAtThreeSecondsSoFourSecondsAreRecordedWithTheTail() throws Exception {
        // The book's demo times out at 3 s (seed 1); one more second shows its end: 4 s x 4 fps + 1 frames.
        Path gif = dir.resolve("runner.gif");
        record("runner", "book", 4, 1, gif);
        assertThat(gifFrames(gif)).isEqualTo(4 * 4 + 1);

        // At 2x the same run takes 1.5 s of recording, and 2.5 s x 4 fps + 1 frames.
        Path slides = dir.resolve("slides");
        record("runner", "book", 4, 2, slides);
        assertThat(files(slides)).hasSize(11)
                .first().isEqualTo(slides.resolve("frame-00001.png"));
        assertThat(files(slides)).last().isEqualTo(slides.resolve("frame-00011.png"));

        // The MP4 holds the same frames, each decodable at the size asked for.
        Path mp4 = dir.resolve("runner.mp4");
        record("runner", "book", 4, 1, mp4);
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            assertThat(grab.getVideoTrack().getMeta().getTotalFrames()).isEqualTo(4 * 4 + 1);
            Picture first = grab.getNativeFrame();
            assertThat(first.getWidth()).isEqualTo(320);
            assertThat(first.getHeight()).isEqualTo(240);
        }
    }

    @Test
    void theLeakIsRecordedUntilTheLeakedGoroutineBlocksForGoodNotJustToTheExit() throws Exception {
        // The leak's lesson is what the goroutine does after the Go program has exited at the timeout.
        long[] exitAndLast = WaitForAsyncUtils.asyncFx(() -> {
            try (VirtualClock clock = VirtualClock.manual(Recording.epoch())) {
                Page page = Recording.page(new RecordSettings("runner", "leak", W, H, 2, 1, Path.of("unused")), clock);
                page.model().start();
                long exit = 0;
                while (page.model().isRunning()) {
                    clock.advance(java.time.Duration.ofMillis(100));
                    page.model().sync();
                    exit = clock.nanos();
                }
                clock.runUntilIdle();
                page.model().sync();
                long last = page.model().history().getLast().at();
                page.model().dispose();
                return new long[] {exit, last};
            }
        }).get(60, TimeUnit.SECONDS);
        assertThat(exitAndLast[1]).as("the goroutine's last event comes after the exit").isGreaterThan(exitAndLast[0]);

        int fps = 2;
        double speed = 4;
        Path gif = dir.resolve("leak.gif");
        Recording r = record("runner", "leak", fps, speed, gif);
        long lastFrameAt = Math.round((r.durationSeconds() - Recording.TAIL_SECONDS) * speed * 1e9);
        assertThat(lastFrameAt).as("virtual time of the recording's end, before its tail")
                .isGreaterThanOrEqualTo(exitAndLast[1])
                .isLessThan(exitAndLast[1] + Math.round(speed * 1e9 / fps));
        assertThat(gifFrames(gif)).isEqualTo(Math.round(r.durationSeconds() * fps) + 1);
    }

    @Test
    void theSameSettingsGiveTheSameBytes() throws Exception {
        // The book's demo: every worker arrives at one instant and races for the pool. The clock lets their threads
        // run one at a time, in an order drawn from the seed, so which worker gets which connection is the same
        // every time.
        Path first = dir.resolve("first.gif");
        Path second = dir.resolve("second.gif");
        record("pool", "at-once", 5, 1, first);
        record("pool", "at-once", 5, 1, second);
        assertThat(Files.size(first)).isGreaterThan(1000);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);

        Path mp4a = dir.resolve("a.mp4");
        Path mp4b = dir.resolve("b.mp4");
        record("runner", "leak", 2, 2, mp4a);
        record("runner", "leak", 2, 2, mp4b);
        assertThat(Files.size(mp4a)).isGreaterThan(1000);
        assertThat(Files.mismatch(mp4a, mp4b)).isEqualTo(-1L);
    }

    @Test
    void theFrameAtAnInstantIsTheViewAtThatInstant() throws Exception {
        // At 2.5 s task #2 is running (it started at 1 s) and nothing is sliding any more.
        Path slides = dir.resolve("slides");
        record("runner", "book", W, H, 2, 1, slides);
        BufferedImage frame = ImageIO.read(slides.resolve("frame-00006.png").toFile()); // frame 5: 2.5 s

        int[] view = WaitForAsyncUtils.asyncFx(() -> viewAt("runner", "book", 2_500_000_000L)).get(60, TimeUnit.SECONDS);
        int[] recorded = frame.getRGB(0, 0, W, H, null, 0, W);
        assertThat(differentPixels(recorded, view)).isZero();

        // ... and not the view at another instant: the countdown has moved.
        int[] later = WaitForAsyncUtils.asyncFx(() -> viewAt("runner", "book", 2_600_000_000L)).get(60, TimeUnit.SECONDS);
        assertThat(differentPixels(recorded, later)).isPositive();
    }

    /** The page's view as the app drives it: the run started, the clock moved to {@code nanos}, one frame. */
    private static int[] viewAt(String pageId, String preset, long nanos) {
        try (VirtualClock clock = VirtualClock.manual(Recording.epoch())) {
            Page page = Recording.page(new RecordSettings(pageId, preset, W, H, 2, 1, Path.of("unused")), clock);
            // Laid out as the recording lays out an 800x400 frame: a 1440x720 window, drawn at 800/1440.
            Scene scene = Recording.scene(page, W, H, List.of());
            assertThat(scene.getWidth()).isEqualTo(1440);
            assertThat(scene.getHeight()).isEqualTo(720);
            page.model().start();
            clock.advanceTo(nanos);
            page.model().sync();
            // Let the cards' slides end, as they have on screen by then.
            try (AnimationClock animation = AnimationClock.take()) {
                animation.moveTo(2_000_000_000L);
            }
            int[] pixels = Recording.snapshot(scene, W, H, new int[W * H]);
            page.model().dispose();
            return pixels;
        }
    }

    private static long differentPixels(int[] a, int[] b) {
        long n = 0;
        for (int i = 0; i < a.length; i++) {
            if ((a[i] | 0xff000000) != (b[i] | 0xff000000)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void aCancelledRecordingLeavesNothing() throws Exception {
        for (String name : new String[] {"cancelled.gif", "cancelled.mp4", "cancelled"}) {
            Path out = dir.resolve(name);
            RecordSettings s = new RecordSettings("pool", "spread", 320, 240, 5, 1, out);
            RecordJob[] job = new RecordJob[1];
            int[] frames = new int[1];
            job[0] = RecordJob.start(s, List.of(), (done, total) -> {
                frames[0] = done;
                if (done == 3) {
                    job[0].cancel();
                }
            });
            assertThatThrownBy(() -> job[0].result().get(60, TimeUnit.SECONDS))
                    .isInstanceOf(CancellationException.class);
            assertThat(frames[0]).as(name).isEqualTo(3);
            assertThat(files(dir)).as(name).isEmpty();
        }
    }

    @Test
    void aSmallRecordingIsTheAppsLayoutDrawnSmallerWithEveryTextWhole() throws Exception {
        // 640x360 is the 1280x720 window at half size: the stage column shows the timeout card's text, the
        // Interrupt button and the task cards, as the app does at 1280x720 (not a 640x360 window's sliver).
        RecordSettings s = new RecordSettings("runner", "book", 640, 360, 2, 1, dir.resolve("small.gif"));
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            Recording r = Recording.prepare(s, List.of());
            try {
                while (r.rendered() < 6) { // frame 5: 2.5 s, task #2 running
                    r.renderNext();
                }
                Scene scene = r.scene();
                List<String> found = new ArrayList<>();
                new ScreenContract(0).check(scene).stream()
                        .filter(v -> v.kind() == ScreenContract.Kind.TRUNCATED || v.kind() == ScreenContract.Kind.CLIPPED)
                        .forEach(v -> found.add(v.toString()));
                Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
                for (String id : List.of("#interruptButton", "#countdownRemaining", "#countdownStatus",
                        "#task-card-0", "#task-card-1", "#task-card-2")) {
                    Node n = scene.lookup(id);
                    if (n == null || !n.isVisible() || !window.contains(n.localToScene(n.getLayoutBounds()))) {
                        found.add(id + " not wholly in the " + scene.getWidth() + "x" + scene.getHeight() + " frame");
                    }
                }
                return found;
            } finally {
                r.cancel();
            }
        }).get(60, TimeUnit.SECONDS);
        assertThat(problems).isEmpty();
        assertThat(Recording.pixelScale(640, 360)).isEqualTo(0.5);
        assertThat(files(dir)).as("the cancelled recording left nothing").isEmpty();
    }

    @Test
    void framesFromFullHdUpAreLaidOutAtTheirSizeAndFourKAsAScreenAtTwoHundredPercent() {
        assertThat(Recording.pixelScale(1280, 720)).isEqualTo(1);
        assertThat(Recording.pixelScale(1920, 1080)).isEqualTo(1);
        assertThat(Recording.pixelScale(3840, 2160)).isEqualTo(2);
        assertThat(Recording.layoutWidth(3840, 2160)).isEqualTo(1920);
        // The aspect ratio is kept: 320x240 is laid out at 1280x960.
        assertThat(Recording.layoutWidth(320, 240)).isEqualTo(1280);
        assertThat(Recording.layoutHeight(320, 240)).isEqualTo(960);
    }
}
