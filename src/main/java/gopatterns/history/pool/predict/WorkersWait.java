package gopatterns.history.pool.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import java.util.Optional;

/**
 * "Will anyone wait?": 0 nobody, 1 at most half of the workers, 2 more than half. "More than half" is decided by
 * the wait that passes half of the workers (later waits cannot undo it); the other two when the last worker's
 * acquire is answered: nobody starts to wait after it.
 */
final class WorkersWait implements Rule {

    static final int NOBODY = 0;
    static final int FEW = 1;
    static final int MOST = 2;

    private final Demand demand = new Demand();
    private int waited;

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        boolean last = demand.apply(event);
        int workers = demand.workers();
        if (event instanceof PoolEvent.WaitStarted) {
            waited++;
            if (workers >= 0 && 2 * waited > workers) {
                return Optional.of(Verdict.of(MOST, event.seq(), "wait.most", waited, workers));
            }
        }
        if (!last) {
            return Optional.empty();
        }
        int answer = waited == 0 ? NOBODY : 2 * waited <= workers ? FEW : MOST;
        return Optional.of(Verdict.of(answer, event.seq(), answer == NOBODY ? "wait.nobody" : "wait.some",
                waited, workers));
    }
}
