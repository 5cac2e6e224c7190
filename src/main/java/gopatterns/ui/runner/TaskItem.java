package gopatterns.ui.runner;

import gopatterns.history.runner.FoldedTask;
import gopatterns.history.runner.TaskState;
import java.time.Duration;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One task of the run as the view shows it: a projection of the run's fold ({@link FoldedTask}), kept as
 * properties for the cards to follow. Changed only by {@link RunnerModel}, on the FX thread.
 */
public final class TaskItem {

    private final int id;
    private final ReadOnlyObjectWrapper<Duration> duration;
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(this, "state", TaskState.QUEUED);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");

    TaskItem(int id, Duration planned) {
        this.id = id;
        this.duration = new ReadOnlyObjectWrapper<>(this, "duration", planned);
    }

    public int id() {
        return id;
    }

    /** How long it works: planned while queued, as the task reported once it started. */
    public ReadOnlyObjectProperty<Duration> durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public Duration duration() {
        return duration.get();
    }

    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TaskState state() {
        return state.get();
    }

    /** 0 before it works, 1 when done; in between as far as its work has come at the frame's time. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double progress() {
        return progress.get();
    }

    /** Shows the task as folded; {@code planned} is its duration until it reports its own. */
    void show(FoldedTask task, Duration planned) {
        state.set(task.state());
        duration.set(task.worked() != null ? task.worked() : planned);
    }

    void showProgress(double p) {
        progress.set(p);
    }
}
