package gopatterns.cli;

import gopatterns.ui.record.Recording;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The recording's progress on the terminal: one line, rewritten in place, then what was written. */
final class ProgressLine {

    private final PrintStream err;
    private final Path target;
    private int lastPercent = -1;

    ProgressLine(PrintStream err, Path target) {
        this.err = err;
        this.target = target;
    }

    /** After each frame; prints when the percentage changes. */
    void frame(int done, int total) {
        int percent = (int) (100L * done / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            err.printf(Locale.ROOT, "\rrecording %s: frame %d of %d (%d%%)", target, done, total, percent);
            err.flush();
        }
    }

    void done(Recording r) {
        err.printf(Locale.ROOT, "%nwrote %s: %d frames, %.2f s at %d fps, %s%n", target, r.frames(),
                r.durationSeconds(), r.settings().fps(), size(target));
    }

    void cancelled() {
        err.printf("%nrecording cancelled; nothing was written%n");
    }

    void failed() {
        if (lastPercent >= 0) {
            err.println();
        }
    }

    private static String size(Path p) {
        try {
            long bytes;
            try (var files = Files.walk(p)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
