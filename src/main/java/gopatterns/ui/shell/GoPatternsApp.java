package gopatterns.ui.shell;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application: one window with every page of {@link Lessons}, each on a real-time virtual clock.
 * Closing the window ends the process: the runs and clocks stop, then JavaFX exits.
 */
public final class GoPatternsApp extends Application {

    /** What {@link #launch(LaunchRequest)} asked for; JavaFX makes the instance itself, so it is handed over here. */
    private static volatile LaunchRequest request = LaunchRequest.REMEMBERED;

    private Shell shell;
    private CrashGuard guard;

    /**
     * Opens the window as {@code launch} asks and returns when it has closed.
     *
     * @throws RuntimeException if JavaFX cannot start (no display, say)
     */
    public static void launch(LaunchRequest launch) {
        request = launch;
        Application.launch(GoPatternsApp.class);
    }

    @Override
    public void start(Stage stage) {
        guard = CrashGuard.install(this::showError);
        List<Page> pages = Lessons.createAll(() -> VirtualClock.realtime(1.0));
        shell = new Shell(stage, pages, AppSettings.forUser(), request);
        StartupMarker.install(stage.getScene());
        // The shell stops its runs when the window is hidden; then JavaFX ends, even if a dialog is open.
        stage.setOnHidden(e -> Platform.exit());
        stage.show();
        shell.shown();
        if (TrainingRun.requested()) {
            TrainingRun.play(shell);
        }
    }

    @Override
    public void stop() {
        shutdown();
        if (guard != null) {
            guard.uninstall();
        }
    }

    private void showError(String message) {
        if (shell != null) {
            shell.window().showError(message);
        }
    }

    private void shutdown() {
        if (shell != null) {
            Shell s = shell;
            shell = null;
            s.shutdown();
        }
    }
}
