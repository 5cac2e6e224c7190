package gopatterns.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;

/**
 * For the start-up measurement ({@code src/build/measure-startup.sh}): when the system property
 * {@value #PROPERTY} names a file, the first pulse of the window writes the wall-clock time into it, in
 * milliseconds since the epoch, one line. The JavaFX hello world the script measures beside the app does the same.
 */
final class StartupMarker {

    static final String PROPERTY = "gopatterns.startupMarker";

    private StartupMarker() {
    }

    /** Arms the marker on {@code scene} if the property is set; a file that cannot be written is reported once. */
    static void install(Scene scene) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            long now = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(listener[0]);
            try {
                Files.writeString(Path.of(file), now + "\n");
            } catch (IOException e) {
                System.err.println("gopatterns: cannot write the start-up marker " + file + ": " + e.getMessage());
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
