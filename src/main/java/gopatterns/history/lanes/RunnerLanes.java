package gopatterns.history.lanes;

import gopatterns.event.GoEvent;
import gopatterns.runner.InterruptDelivery;
import gopatterns.runner.RunnerEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's goroutines as lanes: {@code main} (running, then waiting in select, then returned), the
 * background goroutine (task by task; after a timeout the leak, then blocked for ever on the hand-off), the
 * timer (counting down until it fires) and the signal slot (an interrupt sent, then seen or never seen).
 * Lanes appear when their goroutine does: main and the timer at creation, the background at start, the
 * signal lane at the first interrupt.
 */
public final class RunnerLanes extends LaneFold {

    private final List<Lane> lanes = new ArrayList<>(4);
    private Lane main;
    private Lane background;
    private Lane timer;
    private Lane signal;
    private boolean leaked;
    private boolean returned;

    RunnerLanes() {
    }

    @Override
    public List<Lane> lanes() {
        return readOnly(lanes);
    }

    /** The lane of {@code role}, or null if that goroutine has not appeared yet. */
    public Lane lane(LaneRole role) {
        return switch (role) {
            case MAIN -> main;
            case BACKGROUND -> background;
            case TIMER -> timer;
            case SIGNAL -> signal;
            case WORKER -> null;
        };
    }

    @Override
    protected void fold(GoEvent event, long t) {
        if (!(event instanceof RunnerEvent e)) {
            throw new IllegalArgumentException("not a runner event: " + event.type());
        }
        switch (e) {
            case RunnerEvent.Created c -> {
                main = add(LaneRole.MAIN);
                main.enter(t, LaneState.RUNNING, -1);
                timer = add(LaneRole.TIMER);
                timer.enter(t, LaneState.TIMER, c.deadline() - origin());
            }
            case RunnerEvent.TimeoutChanged c -> {
                if (timer != null && timer.open() != null) {
                    timer.enter(t, LaneState.TIMER, c.deadline() - origin());
                }
            }
            case RunnerEvent.Started s -> {
                if (main != null) {
                    main.enter(t, LaneState.SELECT, -1);
                }
                background = add(LaneRole.BACKGROUND);
                background.enter(t, LaneState.RUNNING, -1);
            }
            case RunnerEvent.TaskStarted s -> onBackground(b -> b.enter(t, leaked ? LaneState.LEAKED : LaneState.TASK, s.task()));
            case RunnerEvent.TaskFinished f -> onBackground(b -> b.enter(t, leaked ? LaneState.LEAKED : LaneState.RUNNING, -1));
            case RunnerEvent.InterruptRequested r -> interruptSent(t, r.delivery());
            case RunnerEvent.InterruptObserved o -> {
                if (signal != null && signal.open() != null) {
                    signal.end(t);
                    signal.mark(t, MarkKind.INTERRUPT_SEEN, o.beforeTask());
                }
            }
            case RunnerEvent.ResultReceived r -> onBackground(b -> {
                b.end(t);
                b.mark(t, MarkKind.HANDED_OVER, r.result().ordinal());
            });
            case RunnerEvent.TimeoutFired f -> {
                if (timer != null) {
                    timer.end(t);
                    timer.mark(t, MarkKind.TIMEOUT_FIRED, -1);
                }
            }
            case RunnerEvent.Ended en -> ended(t, en);
            case RunnerEvent.BackgroundLeaked l -> onBackground(b -> {
                leaked = true;
                Segment open = b.open();
                b.enter(t, LaneState.LEAKED, open != null && open.state() == LaneState.TASK ? open.detail() : -1);
                b.mark(t, MarkKind.LEAKED, l.runningTask());
            });
            case RunnerEvent.BackgroundBlocked bl -> onBackground(b -> b.enter(t, LaneState.BLOCKED, -1));
            case RunnerEvent.BackgroundCancelled c -> onBackground(b -> {
                b.end(t);
                b.mark(t, MarkKind.CANCELLED, c.duringTask());
            });
            case RunnerEvent.ResultBuffered r -> onBackground(b -> {
                b.end(t);
                b.mark(t, MarkKind.BUFFERED, r.result().ordinal());
            });
            case RunnerEvent.Disposed d -> {
                // Thrown away: whatever still went on stops here (a blocked goroutine stays blocked to the end).
                for (Lane l : lanes) {
                    if (l.state() != LaneState.BLOCKED) {
                        l.end(t);
                    }
                }
            }
            // Checks that find nothing, a task's log line, the work returning: no change of lane state.
            case RunnerEvent.InterruptChecked c -> { }
            case RunnerEvent.TaskWorking w -> { }
            case RunnerEvent.WorkReturned w -> { }
        }
    }

    private void ended(long t, RunnerEvent.Ended e) {
        returned = true;
        if (main != null) {
            main.end(t);
            main.mark(t, MarkKind.RETURNED, e.outcome().ordinal());
        }
        if (timer != null) {
            timer.end(t); // a timer that did not fire is simply dropped with the program
        }
        if (signal != null && signal.open() != null) {
            signal.end(t);
            signal.mark(t, MarkKind.INTERRUPT_NEVER_SEEN, -1);
        }
    }

    private void interruptSent(long t, InterruptDelivery delivery) {
        if (signal == null) {
            signal = add(LaneRole.SIGNAL);
        }
        signal.mark(t, MarkKind.INTERRUPT_SENT, delivery.ordinal());
        if (delivery == InterruptDelivery.QUEUED && !returned) {
            signal.enter(t, LaneState.PENDING, -1);
        } else if (delivery != InterruptDelivery.DROPPED_PENDING) {
            // Nobody listens (not started, already seen, or Start returned): this one is never seen. A signal
            // dropped because one is pending shares the fate of the pending one.
            signal.mark(t, MarkKind.INTERRUPT_NEVER_SEEN, -1);
        }
    }

    private void onBackground(java.util.function.Consumer<Lane> change) {
        if (background != null) {
            change.accept(background);
        }
    }

    private Lane add(LaneRole role) {
        Lane lane = new Lane(role, -1);
        lanes.add(lane);
        lanes.sort(java.util.Comparator.comparing(Lane::role)); // main, background, timer, signal
        return lane;
    }
}
