package gopatterns.ui.shell;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Runs the real app in a process of its own and closes its window mid-run, as a user's click on the close
 * box would: once the window is shown, Space starts a run, then a close request goes to the window. Prints
 * {@code CLOSING} just before, so that the test can time the way from there to the end of the process.
 * Never calls {@code System.exit}: the process ends only if nothing keeps it alive.
 */
public final class CloseAfterShowLauncher {

    static final String CLOSING = "CLOSING";

    private CloseAfterShowLauncher() {
    }

    public static void main(String[] args) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w instanceof Stage stage) {
                        Platform.runLater(() -> startThenClose(stage));
                    }
                }
            }
        });
        Application.launch(GoPatternsApp.class);
    }

    private static void startThenClose(Stage stage) {
        Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE,
                false, false, false, false));
        Platform.runLater(() -> {
            System.out.println(CLOSING);
            System.out.flush();
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
    }
}
