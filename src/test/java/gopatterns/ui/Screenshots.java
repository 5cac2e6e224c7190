package gopatterns.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Writes a node's picture into {@code screenshots/}, for the tests tagged {@code screenshots}
 * ({@code mvn -Pscreenshots test}). Call on the FX thread.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("gopatterns.screenshots.dir", "screenshots"));
    }

    /** Renders {@code node} (with its CSS and layout applied) to {@code screenshots/<name>.png}. */
    public static Path save(Node node, String name) {
        return saveAs(node, dir().resolve(name + ".png"));
    }

    /** Renders {@code node} (with its CSS and layout applied) to the PNG file {@code file}. */
    public static Path saveAs(Node node, Path file) {
        node.applyCss();
        if (node instanceof javafx.scene.Parent p) {
            p.layout();
        }
        WritableImage image = node.snapshot(null, null);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
