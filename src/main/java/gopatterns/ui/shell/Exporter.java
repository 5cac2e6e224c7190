package gopatterns.ui.shell;

import gopatterns.event.EventTrace;
import gopatterns.event.GoEvent;
import gopatterns.ui.common.SimulationModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes what the window shows to files: the event trace, the Go log, a picture of the view. Each file
 * is written beside its target first and moved into place at the end, so a failure never leaves a
 * half-written file nor spoils one that was there.
 */
final class Exporter {

    /** Writes the content of one file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Exporter() {
    }

    /** The events as JSON Lines, the format of the command line's {@code --trace}. */
    static void writeTrace(List<? extends GoEvent> events, Path target) throws IOException {
        EventTrace.writeAll(target, events);
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

    static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
