package gopatterns.runner;

import gopatterns.event.GoEvent;
import java.time.Duration;

/** Everything a runner does that a view may animate, in order. Times are virtual nanoseconds. */
public sealed interface RunnerEvent extends GoEvent {

    /** The runner exists and its timeout is running: it fires at {@code deadline}. */
    record Created(long seq, long at, Duration timeout, long deadline, RunnerMode mode) implements RunnerEvent {}

    /** The timeout was changed while running; the new deadline counts from the creation instant. */
    record TimeoutChanged(long seq, long at, Duration timeout, long deadline) implements RunnerEvent {}

    /** {@code start()} was called: the runner listens for interrupts and starts its background thread. */
    record Started(long seq, long at, int tasks) implements RunnerEvent {}

    /** The background thread checked the interrupt slot before task {@code task} and found it empty. */
    record InterruptChecked(long seq, long at, int task) implements RunnerEvent {}

    record TaskStarted(long seq, long at, int task) implements RunnerEvent {}

    /** The task logs its number and works for {@code duration}. */
    record TaskWorking(long seq, long at, int task, Duration duration) implements RunnerEvent {}

    record TaskFinished(long seq, long at, int task) implements RunnerEvent {}

    record InterruptRequested(long seq, long at, InterruptDelivery delivery) implements RunnerEvent {}

    /** The check before task {@code beforeTask} found the interrupt; the runner stops listening. */
    record InterruptObserved(long seq, long at, int beforeTask) implements RunnerEvent {}

    /** The background work returned {@code result} and now hands it over. */
    record WorkReturned(long seq, long at, Outcome result) implements RunnerEvent {}

    /** The waiting {@code start()} received the background result. */
    record ResultReceived(long seq, long at, Outcome result) implements RunnerEvent {}

    /** The timeout won the select. */
    record TimeoutFired(long seq, long at) implements RunnerEvent {}

    /** {@code start()} returned. {@code tie}: completion and timeout were ready at the same instant. */
    record Ended(long seq, long at, Outcome outcome, boolean tie) implements RunnerEvent {}

    /**
     * Go-faithful mode after a timeout: the background thread is still alive (running the remaining tasks,
     * or already stuck handing over its result) and nobody will ever take its result.
     */
    record BackgroundLeaked(long seq, long at, int runningTask) implements RunnerEvent {}

    /** The leaked background thread finished its work and is now blocked forever on the hand-off. */
    record BackgroundBlocked(long seq, long at, Outcome result) implements RunnerEvent {}

    /** Fixed mode: the timeout cancelled the work; {@code duringTask} is -1 if it was between tasks. */
    record BackgroundCancelled(long seq, long at, int duringTask) implements RunnerEvent {}

    /** Fixed mode: the result went into the one-slot buffer, nobody needs to take it; the thread ends. */
    record ResultBuffered(long seq, long at, Outcome result) implements RunnerEvent {}

    /** The runner was disposed of; {@code threadStopped} if a background thread was still alive. */
    record Disposed(long seq, long at, boolean threadStopped) implements RunnerEvent {}
}
