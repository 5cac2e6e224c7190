package gopatterns.history.runner;

import java.util.Locale;

/** Where a task is in its life, as the runner's events tell it. */
public enum TaskState {
    QUEUED(Column.QUEUE, false),
    RUNNING(Column.RUNNING, false),
    DONE(Column.DONE, false),
    /** The run ended (interrupt, timeout in fixed mode) before the task's turn came. */
    NEVER_STARTED(Column.QUEUE, false),
    /** Go-faithful mode after a timeout: the leaked goroutine will still run it, unseen. */
    GHOST_QUEUED(Column.QUEUE, true),
    /** Run by the leaked goroutine after a timeout, after the Go program has ended. */
    GHOST_RUNNING(Column.RUNNING, true),
    GHOST_DONE(Column.DONE, true),
    /** Fixed mode: the timeout cancelled it midway. */
    CANCELLED(Column.DONE, false);

    /** The three places of the task lane. */
    public enum Column { QUEUE, RUNNING, DONE }

    private final Column column;
    private final boolean ghost;

    TaskState(Column column, boolean ghost) {
        this.column = column;
        this.ghost = ghost;
    }

    public Column column() {
        return column;
    }

    /** True for the work of the leaked goroutine. */
    public boolean ghost() {
        return ghost;
    }

    public boolean waiting() {
        return this == QUEUED || this == GHOST_QUEUED;
    }

    public boolean running() {
        return column == Column.RUNNING;
    }

    /** The CSS pseudo-class that marks a card in this state: {@code never-started}, {@code ghost-running}. */
    public String cssName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
