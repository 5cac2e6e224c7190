package gopatterns;

import gopatterns.cli.Cli;
import gopatterns.ui.shell.GoPatternsApp;
import javafx.application.Application;

/** Entry point: no arguments opens the desktop app, any arguments go to the command line interface. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(GoPatternsApp.class);
        } else {
            Cli.main(args);
        }
    }
}
