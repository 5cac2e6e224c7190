package gopatterns.runner;

/** One unit of work of a runner, given its id (0, 1, 2 … in the order added). */
@FunctionalInterface
public interface Task {
    void run(int id, TaskContext context) throws InterruptedException;
}
