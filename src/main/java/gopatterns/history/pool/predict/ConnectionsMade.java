package gopatterns.history.pool.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import java.util.Optional;

/**
 * "How many connections will the pool make?": 0 no more than it has slots, 1 more than that but fewer than the
 * workers, 2 one for each worker. "One each" is decided by the connection made for the last worker; the other
 * two when the last worker's acquire is answered: no connection is made after it.
 */
public final class ConnectionsMade implements Rule {

    public static final int SLOTS = 0;
    static final int SOME = 1;
    static final int ONE_EACH = 2;

    private final Demand demand = new Demand();
    private int slots;
    private int created;

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        switch (event) {
            case PoolEvent.PoolCreated p -> slots = p.size();
            case PoolEvent.ResourceCreated r -> created++;
            default -> {
            }
        }
        boolean last = demand.apply(event);
        int workers = demand.workers();
        boolean oneEach = event instanceof PoolEvent.ResourceCreated && workers >= 0 && created >= workers;
        if (!last && !oneEach) {
            return Optional.empty();
        }
        int answer = created <= slots ? SLOTS : created >= workers ? ONE_EACH : SOME;
        String why = switch (answer) {
            case SLOTS -> "connections.slots";
            case ONE_EACH -> "connections.oneEach";
            default -> "connections.some";
        };
        return Optional.of(Verdict.of(answer, event.seq(), why, created, workers));
    }
}
