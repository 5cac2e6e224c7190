package gopatterns.cli;

/**
 * Exit statuses besides the runner's own (0 completed, 1 timeout, 2 interrupt, as the Go program): the
 * others follow BSD's sysexits.h and the shell's 128 + signal number.
 */
final class ExitCodes {

    /** Bad arguments: nothing was run (EX_USAGE). */
    static final int USAGE = 64;
    /** The input file is not in the expected format, e.g. not a trace (EX_DATAERR). */
    static final int DATA_ERROR = 65;
    /** The input file does not exist or cannot be read (EX_NOINPUT). */
    static final int NO_INPUT = 66;
    /** An unexpected error inside the program (EX_SOFTWARE). */
    static final int SOFTWARE = 70;
    /** The --trace file cannot be created: nothing was run (EX_CANTCREAT). */
    static final int CANNOT_CREATE = 73;
    /** Writing the --trace file failed during the run; the file is not left behind (EX_IOERR). */
    static final int IO_ERROR = 74;
    /** The pool demo was stopped with Ctrl+C after closing the pool (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    // The help's lines for the statuses both commands share; constants, so that annotations can use them.
    static final String USAGE_HELP = USAGE + ":bad arguments; nothing was run";
    static final String CANNOT_CREATE_HELP = CANNOT_CREATE + ":the --trace file cannot be created; nothing was run";
    static final String IO_ERROR_HELP = IO_ERROR + ":the --trace file could not be written";

    private ExitCodes() {
    }
}
