package gopatterns.history.pool.predict;

import gopatterns.history.predict.Question;
import java.util.Map;

/** The question each pool preset asks before its run, by the preset's short name. */
public final class PoolQuestions {

    private static final Question CONNECTIONS = new Question("connections", 3, ConnectionsMade::new);
    private static final Question WAIT = new Question("wait", 3, WorkersWait::new);
    private static final Question AFTER_CLOSE = new Question("afterClose", 3, ArrivalAfterClose::new);
    private static final Question FACTORY = new Question("factory", 3, FactoryFailure::new);

    /** The two arrival patterns ask the same question: their runs answer it differently. */
    public static final Map<String, Question> BY_PRESET = Map.of(
            "at-once", CONNECTIONS,
            "spread", CONNECTIONS,
            "bounded", WAIT,
            "close-busy", AFTER_CLOSE,
            "flaky", FACTORY);

    private PoolQuestions() {
    }
}
