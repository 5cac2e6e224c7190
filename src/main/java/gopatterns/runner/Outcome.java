package gopatterns.runner;

/** How a run ends, with what the book's demo program prints and the exit status it returns. */
public enum Outcome {
    COMPLETED("Process ended.", 0),
    TIMEOUT("Terminating due to timeout.", 1),
    INTERRUPTED("Terminating due to interrupt.", 2);

    private final String goMessage;
    private final int exitCode;

    Outcome(String goMessage, int exitCode) {
        this.goMessage = goMessage;
        this.exitCode = exitCode;
    }

    /** The last line the Go program logs. */
    public String goMessage() {
        return goMessage;
    }

    /** The Go program's exit status. */
    public int exitCode() {
        return exitCode;
    }
}
