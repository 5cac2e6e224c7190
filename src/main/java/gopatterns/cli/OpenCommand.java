package gopatterns.cli;

import gopatterns.event.TraceException;
import gopatterns.ui.shell.LaunchRequest;
import gopatterns.ui.shell.TraceFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gopatterns open FILE}: opens the window on a trace, in review mode. The file is read first: a file that is
 * not a trace this version can show is refused with its line and reason, and no window opens.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Opens a trace (written by --trace, or File > Save event trace in the window) to look back at "
                + "the run: the window opens on its page, with the controls set to the run's parameters."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the window was closed",
            ExitCodes.USAGE_HELP,
            ExitCodes.DATA_ERROR + ":the file is not a trace this version can show (the message says which line and "
                    + "why); no window opened",
            ExitCodes.NO_INPUT + ":the file does not exist or cannot be read; no window opened",
            WindowLauncher.UNAVAILABLE + ":the window cannot be opened (no display)"})
final class OpenCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the trace, JSON Lines")
    Path file;

    private final WindowLauncher window;

    OpenCommand(WindowLauncher window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        try {
            TraceFiles.read(file);
        } catch (TraceException e) {
            boolean noFile = e.problem() == TraceException.Problem.NO_FILE
                    || e.problem() == TraceException.Problem.UNREADABLE;
            throw new CommandFailure(noFile ? ExitCodes.NO_INPUT : ExitCodes.DATA_ERROR, file + ": " + e.getMessage(),
                    e);
        }
        return window.open(LaunchRequest.openTrace(file));
    }
}
