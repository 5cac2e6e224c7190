package gopatterns.ui.runner;

import java.time.Duration;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One task of the run as the view shows it. Changed only by {@link RunnerModel}, on the FX thread. */
public final class TaskItem {

    private final int id;
    private final ReadOnlyObjectWrapper<Duration> duration;
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(this, "state", TaskState.QUEUED);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    /** Virtual time at which its work began, or -1. */
    private long workStart = -1;

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

    /** 0 before it works, 1 when done; in between read from the clock every frame. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double progress() {
        return progress.get();
    }

    void setDuration(Duration d) {
        duration.set(d);
    }

    void setState(TaskState s) {
        state.set(s);
    }

    void startWork(long at, Duration d) {
        workStart = at;
        duration.set(d);
        progress.set(d.isZero() ? 1 : 0);
    }

    void finish() {
        progress.set(1);
    }

    /** Brings the progress of a working task up to the virtual time {@code now}. */
    void advanceTo(long now) {
        if (workStart < 0 || !state.get().running()) {
            return;
        }
        long total = duration.get().toNanos();
        progress.set(total == 0 ? 1 : Math.max(0, Math.min(1, (double) (now - workStart) / total)));
    }
}
