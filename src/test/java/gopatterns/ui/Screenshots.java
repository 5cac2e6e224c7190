package gopatterns.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a node's picture into {@code screenshots/}, for the tests tagged {@code screenshots}
 * ({@code mvn -Pscreenshots test}). Call on the FX thread.
 */
public final class Screenshots {

    /**
     * The wall-clock instant that virtual time zero stands for on the clocks of the pictures, so that the Go
     * log's dates are the same every time (the screenshots profile also fixes the time zone to UTC).
     */
    public static final Instant EPOCH = Instant.parse("2026-11-27T01:45:38Z");

    private Screenshots() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("gopatterns.screenshots.dir", "screenshots"));
    }

    /** Renders {@code node} (with its CSS and layout applied) to {@code screenshots/<name>.png}. */
    public static Path save(Node node, String name) {
        node.applyCss();
        if (node instanceof javafx.scene.Parent p) {
            p.layout();
        }
        WritableImage image = node.snapshot(null, null);
        Path file = dir().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
