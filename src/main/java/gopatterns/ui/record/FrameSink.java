package gopatterns.ui.record;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the frames of a recording go, in order. A sink writes beside its target under a hidden name and
 * moves the result into place only in {@link #finish}; {@link #abort} deletes what it wrote.
 */
interface FrameSink {

    /** Adds one frame: {@code width x height} opaque ARGB pixels, row by row. */
    void accept(int[] argb) throws IOException;

    /** Completes the file or folder and moves it to its target. */
    void finish() throws IOException;

    /** Drops everything written so far; the target is left as it was. Never throws. */
    void abort();

    /**
     * A sink for {@code format} writing {@code width x height} frames at {@code fps} to {@code target}.
     *
     * @throws IOException when the temporary file beside the target cannot be created
     */
    static FrameSink open(RecordFormat format, Path target, int width, int height, int fps) throws IOException {
        return switch (format) {
            case GIF -> new GifSink(target, width, height, fps);
            case MP4 -> new Mp4Sink(target, width, height, fps);
            case PNG_FOLDER -> new PngFolderSink(target, width, height);
        };
    }
}
