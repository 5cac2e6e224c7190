package gopatterns.ui;

import gopatterns.ui.common.CodeListingView;
import gopatterns.ui.common.SimulationModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
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

    /**
     * Stops the models' frame timers: from here on their views change only when the test brings them up to
     * date, so which events a frame takes in (and what the code listing scrolls to on the way) does not depend
     * on when the pulses came. A view that is shown again starts its model's timer again. FX thread.
     */
    public static void stillFrames(SimulationModel<?>... models) {
        for (SimulationModel<?> m : models) {
            m.bridge().stop();
        }
    }

    /**
     * Scrolls each code listing under {@code node} so that its current line is the fourth from the top (or the
     * listing's end is in sight). Where a listing scrolls to during a run depends on the lines it showed before
     * and on whether a layout pulse came in between, so the same moment could be pictured a pixel or a page
     * apart. The offset is a whole number of pixels, so that the text is drawn alike every time.
     */
    private static void settleCodeListings(Node node) {
        for (Node n : node.lookupAll(".code-listing")) {
            if (n instanceof CodeListingView listing && listing.currentLineProperty().get() >= 0
                    && n.lookup("#codeLines") instanceof ScrollPane scroll
                    && scroll.getContent() instanceof Parent content) {
                double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (range <= 0) {
                    continue; // the whole listing is in sight
                }
                int first = Math.max(0, listing.currentLineProperty().get() - 3);
                double top = content.getChildrenUnmodifiable().get(first).getBoundsInParent().getMinY();
                scroll.setVvalue(Math.min(Math.round(top), Math.floor(range)) / range);
            }
        }
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
        if (node instanceof Parent p) {
            p.layout();
            settleCodeListings(p);
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
