package gopatterns.history.pool.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import java.util.Optional;

/**
 * "The pool is closed while workers are busy. What happens to a worker that arrives after?": 0 it waits for
 * the pool to open again, 1 it fails, 2 it gets a connection as before. Decided by the first acquire after the
 * close; a run whose pool was not closed before every worker came decides nothing.
 */
final class ArrivalAfterClose implements Rule {

    static final int WAITS = 0;
    static final int FAILS = 1;
    static final int SERVED = 2;

    private final Demand demand = new Demand();
    private boolean closed;

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        if (event instanceof PoolEvent.PoolClosed) {
            closed = true;
        }
        if (closed && event instanceof PoolEvent.AcquireRefused r) {
            return Optional.of(Verdict.of(FAILS, r.seq(), "afterClose.refused"));
        }
        if (closed && event instanceof PoolEvent.WorkerAcquired a) {
            return Optional.of(Verdict.of(SERVED, a.seq(), "afterClose.served"));
        }
        if (demand.apply(event) || event instanceof PoolEvent.Shutdown) {
            return Optional.of(Verdict.undecided(event.seq(), closed ? "afterClose.nobodyLate" : "afterClose.notClosed"));
        }
        return Optional.empty();
    }
}
