package gopatterns.ui.record;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * A recording made on the FX thread one frame per turn, so that the window stays responsive (its progress bar
 * moves, Cancel can be pressed) between two frames. Cancelling, or any failure, deletes what was written.
 */
public final class RecordJob {

    /** Told after each frame, on the FX thread. */
    public interface Progress {
        void frame(int done, int total);
    }

    private final RecordSettings settings;
    private final java.util.List<String> stylesheets;
    private final Progress progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<Recording> done = new CompletableFuture<>();
    private volatile Recording recording;

    private RecordJob(RecordSettings settings, java.util.List<String> stylesheets, Progress progress) {
        this.settings = settings;
        this.stylesheets = stylesheets;
        this.progress = progress;
    }

    /**
     * Starts recording; any thread.
     *
     * @param stylesheets the theme's own stylesheets (see {@link Recording#prepare})
     * @return the job; {@link #result()} completes with the recording once its output is in place, or
     *         exceptionally ({@link CancellationException} when cancelled)
     */
    public static RecordJob start(RecordSettings settings, java.util.List<String> stylesheets, Progress progress) {
        RecordJob job = new RecordJob(settings, stylesheets, progress);
        Platform.runLater(job::step);
        return job;
    }

    /** Asks the job to stop before its next frame; any thread. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Cancels and, if the FX thread does not get to it within {@code waitMillis} (the JVM is going down, say),
     * deletes what was written from the calling thread. For a shutdown hook.
     */
    public void abandon(long waitMillis) {
        cancel();
        try {
            done.get(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException
                 | CancellationException e) {
            Recording r = recording;
            if (r != null && !done.isDone()) {
                r.discardOutput();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public CompletableFuture<Recording> result() {
        return done;
    }

    public Path target() {
        return settings.out();
    }

    private void step() {
        try {
            if (recording == null) {
                recording = Recording.prepare(settings, stylesheets);
            }
            if (cancelled.get()) {
                recording.cancel();
                done.completeExceptionally(new CancellationException("recording cancelled"));
                return;
            }
            boolean more = recording.renderNext();
            progress.frame(recording.rendered(), recording.frames());
            if (more) {
                Platform.runLater(this::step);
            } else {
                recording.finish();
                done.complete(recording);
            }
        } catch (Exception | Error e) {
            if (recording != null) {
                recording.cancel();
            }
            done.completeExceptionally(e);
        }
    }
}
