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
import javafx.scene.control.ListView;
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
     * Scrolls each code listing under {@code node} so that its current line is the fourth from the top. Where a
     * listing scrolls to during a run depends on the lines it showed before and on whether a layout pulse came
     * in between, so the same moment could be pictured a pixel or a page apart.
     */
    private static void settleCodeListings(Node node, boolean toCurrent) {
        for (Node n : node.lookupAll(".code-listing")) {
            if (n instanceof CodeListingView listing && listing.currentLineProperty().get() >= 0
                    && n.lookup(".list-view") instanceof ListView<?> lines) {
                lines.scrollTo(toCurrent ? Math.max(0, listing.currentLineProperty().get() - 3) : 0);
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
        if (node instanceof javafx.scene.Parent p) {
            // From the top first: a listing scrolled to a line from where it was can land a fraction of a pixel
            // off, which shows where the highlight meets the line above it.
            settleCodeListings(p, false);
            p.layout();
            settleCodeListings(p, true);
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
