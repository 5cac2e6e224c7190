package gopatterns.cli;

import gopatterns.ui.shell.GoPatternsApp;
import gopatterns.ui.shell.LaunchRequest;
import java.io.PrintStream;

/** Opens the app's window; the command line hands it a checked {@link LaunchRequest}. Tests give a fake. */
@FunctionalInterface
public interface WindowLauncher {

    /** Exit status when the window cannot be opened, no display say (EX_UNAVAILABLE). */
    int UNAVAILABLE = 69;

    /** Opens the window as {@code request} asks; returns the exit status once it has closed. */
    int open(LaunchRequest request);

    /** The app's own window; without a display, says what works instead and returns {@value #UNAVAILABLE}. */
    static WindowLauncher app(PrintStream err) {
        return request -> {
            try {
                GoPatternsApp.launch(request);
                return 0;
            } catch (RuntimeException e) {
                err.println("gopatterns: cannot open the window (" + e.getMessage() + ").");
                err.println("Without a display, use the command line: gopatterns runner --help, gopatterns pool --help");
                return UNAVAILABLE;
            }
        };
    }
}
