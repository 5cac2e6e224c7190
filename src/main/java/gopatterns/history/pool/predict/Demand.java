package gopatterns.history.pool.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;

/**
 * The pool demo's workers as a fold: how many will come, and whether every one of them has had its acquire
 * answered (a connection or a failure). From then on nobody asks the pool for anything: counts of creations and
 * waits are final.
 */
final class Demand {

    private int workers = -1;
    private int answered;

    /** Folds one event; true if with it every worker's acquire has been answered. */
    boolean apply(GoEvent event) {
        switch (event) {
            case PoolEvent.DemoStarted d -> workers = d.workers();
            case PoolEvent.WorkerAcquired a -> answered++;
            case PoolEvent.WorkerFailed f -> answered++;
            default -> {
                return false;
            }
        }
        return workers >= 0 && answered == workers;
    }

    /** How many workers the demo has, or -1 before it started. */
    int workers() {
        return workers;
    }
}
