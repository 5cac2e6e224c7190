package gopatterns;

import gopatterns.cli.Cli;
import gopatterns.ui.shell.GoPatternsApp;
import javafx.application.Application;

/** Entry point: no arguments opens the desktop app, any arguments go to the command line interface. */
public final class Main {

    /** Exit status when the window cannot be opened (no display, say). */
    static final int EX_UNAVAILABLE = 69;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            Cli.main(args);
            return;
        }
        try {
            Application.launch(GoPatternsApp.class);
        } catch (RuntimeException e) {
            System.err.println("gopatterns: cannot open the window (" + e.getMessage() + ").");
            System.err.println("Without a display, use the command line: gopatterns runner --help, gopatterns pool --help");
            System.exit(EX_UNAVAILABLE);
        }
    }
}
