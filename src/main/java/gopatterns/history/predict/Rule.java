package gopatterns.history.predict;

import gopatterns.event.GoEvent;
import java.util.Optional;

/**
 * A fold of one run's events, one by one and in order, that says which answer the run gives as soon as an event
 * decides it. It reads nothing but the events. Once it has given a verdict it is not asked again.
 */
public interface Rule {

    /** Folds the run's next event; the verdict if this event decides the question, else empty. */
    Optional<Verdict> apply(GoEvent event);
}
