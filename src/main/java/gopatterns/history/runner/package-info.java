/**
 * The Runner view's state as a fold of the run's events: {@link gopatterns.history.runner.RunnerFold} takes
 * {@link gopatterns.runner.RunnerEvent}s one by one and answers what the view shows (tasks, countdown,
 * interrupt, ending, the leak, the goroutines alive, the code line). Plain Java: no JavaFX.
 */
package gopatterns.history.runner;
