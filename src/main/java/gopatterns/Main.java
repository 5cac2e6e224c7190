package gopatterns;

import gopatterns.cli.Cli;
import gopatterns.cli.WindowLauncher;
import gopatterns.ui.shell.LaunchRequest;

/**
 * Entry point: no arguments opens the desktop app as it was left, straight away (no option parsing before
 * the first frame); anything else goes to the command line, which runs a command or opens the window on a lesson.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            Cli.main(args);
            return;
        }
        int status = WindowLauncher.app(System.err).open(LaunchRequest.REMEMBERED);
        if (status != 0) {
            System.exit(status);
        }
    }
}
