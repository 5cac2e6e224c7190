package gopatterns.ui.shell;

import gopatterns.event.EventTrace;
import gopatterns.event.GoEvent;
import gopatterns.event.TraceHeader;
import gopatterns.ui.common.SimulationModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes what the window shows to files: the event trace, the Go log, a picture of the view. Each file
 * is written beside its target first and moved into place at the end, so a failure never leaves a
 * half-written file nor spoils one that was there. A new file gets the permissions of the user's umask.
 */
final class Exporter {

    /** Writes the content of one file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Exporter() {
    }

    /** The run as JSON Lines, its header then its events: the format of the command line's {@code --trace}. */
    static void writeTrace(TraceHeader header, List<? extends GoEvent> events, Path target) throws IOException {
        EventTrace.writeAll(target, header, events);
    }

    static void writeLog(List<SimulationModel.LogLine> lines, Path target) throws IOException {
        write(target, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (SimulationModel.LogLine line : lines) {
                w.write(line.text());
                w.write('\n');
            }
            w.flush();
        });
    }

    /** Renders {@code node} as it is shown and writes it as PNG. FX thread. */
    static void writePicture(Node node, Path target) throws IOException {
        WritableImage image = node.snapshot(null, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        write(target, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /**
     * Writes {@code target} through a hidden file beside it, moved into place once complete.
     *
     * @throws IOException if the folder does not exist or cannot be written, the target is a folder, or
     *                     writing fails; the target is then as it was
     */
    static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir));
        }
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString());
        }
        Path partial = createPartial(dir, target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A new hidden file beside the target. Created as a plain new file, so it gets the permissions the
     * user's umask gives: a temporary file would be readable by its owner only, and so would the export.
     */
    private static Path createPartial(Path dir, String name) throws IOException {
        while (true) {
            try {
                String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
                return Files.createFile(dir.resolve("." + name + "." + suffix + ".part"));
            } catch (FileAlreadyExistsException e) {
                // Another name, then.
            }
        }
    }
}
