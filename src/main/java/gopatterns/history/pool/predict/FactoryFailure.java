package gopatterns.history.pool.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import java.util.Optional;

/**
 * "The factory fails now and then. What does a worker whose connection could not be made do?": 0 it asks the
 * factory again, 1 it reports the failure and gives up, 2 it waits for a released connection. Decided when the
 * worker after the first failure is answered; a run in which the factory never fails decides nothing.
 */
public final class FactoryFailure implements Rule {

    static final int RETRIES = 0;
    public static final int GIVES_UP = 1;
    static final int WAITS = 2;

    private final Demand demand = new Demand();
    private boolean failed;
    /** Refused acquires (a closed pool) whose worker has yet to report: those failures are not the factory's. */
    private int refused;

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        switch (event) {
            case PoolEvent.FactoryFailed f -> failed = true;
            case PoolEvent.AcquireRefused r -> refused++;
            case PoolEvent.WorkerFailed f when refused > 0 -> refused--;
            case PoolEvent.WorkerFailed f when failed -> {
                return Optional.of(Verdict.of(GIVES_UP, f.seq(), "factory.givesUp", f.worker()));
            }
            default -> {
            }
        }
        if (demand.apply(event) || event instanceof PoolEvent.Shutdown) {
            return Optional.of(Verdict.undecided(event.seq(), "factory.neverFailed"));
        }
        return Optional.empty();
    }
}
