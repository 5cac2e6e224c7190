package gopatterns.runner;

import java.time.Duration;

/** What a task may do: work for a while on the runner's clock. */
public interface TaskContext {
    /**
     * Works for {@code d} of virtual time (the book's task logs its number and sleeps). In fixed mode a
     * timeout cuts the work short with an {@link InterruptedException}.
     */
    void work(Duration d) throws InterruptedException;
}
