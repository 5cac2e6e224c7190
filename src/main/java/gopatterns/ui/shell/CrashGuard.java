package gopatterns.ui.shell;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Crashes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Catches what no one else caught, on any thread: writes a short entry to standard error and shows one
 * readable line in the window, and the app goes on. Exceptions of a run's threads do not come here: their
 * model marks the run failed ({@code SimulationModel.reportFailure}); this is for the rest (a handler on the
 * FX thread, a frame, a stray thread).
 */
public final class CrashGuard implements Thread.UncaughtExceptionHandler {

    private final Consumer<String> show;
    private final List<Throwable> caught = new ArrayList<>();
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;
    private Thread fxThread;

    /** @param show shows a message in the window; called on the FX thread */
    public CrashGuard(Consumer<String> show) {
        this.show = show;
    }

    /**
     * Becomes the JVM's default handler and the FX thread's own. Call on the FX thread; {@link #uninstall()}
     * puts the previous handlers back.
     */
    public static CrashGuard install(Consumer<String> show) {
        CrashGuard guard = new CrashGuard(show);
        guard.fxThread = Thread.currentThread();
        guard.previousFx = guard.fxThread.getUncaughtExceptionHandler();
        guard.previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        guard.fxThread.setUncaughtExceptionHandler(guard);
        Thread.setDefaultUncaughtExceptionHandler(guard);
        return guard;
    }

    public void uninstall() {
        if (fxThread != null) {
            fxThread.setUncaughtExceptionHandler(previousFx == this ? null : previousFx);
            if (Thread.getDefaultUncaughtExceptionHandler() == this) {
                Thread.setDefaultUncaughtExceptionHandler(previousDefault);
            }
            fxThread = null;
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable t) {
        synchronized (caught) {
            caught.add(t);
        }
        Crashes.log(thread, t);
        String message = I18n.get("error.uncaught", Crashes.describe(t));
        if (Platform.isFxApplicationThread()) {
            showSafely(message);
        } else {
            try {
                Platform.runLater(() -> showSafely(message));
            } catch (IllegalStateException toolkitGone) {
                // The window is gone already: the entry on standard error is all there is to do.
            }
        }
    }

    private void showSafely(String message) {
        try {
            show.accept(message);
        } catch (RuntimeException e) {
            // Showing failed too; do not go round again.
            Crashes.log(Thread.currentThread(), e);
        }
    }

    /** Every exception caught so far, oldest first. */
    public List<Throwable> caught() {
        synchronized (caught) {
            return List.copyOf(caught);
        }
    }
}
