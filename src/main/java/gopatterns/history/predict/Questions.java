package gopatterns.history.predict;

import java.util.Map;
import java.util.Optional;

/** The question of each preset, by the preset's id ({@code runner.book}, {@code pool.spread}...). */
public final class Questions {

    private static final Question START_RETURNS = new Question("startReturns", 3, StartReturns::new);
    private static final Question TASK_AT_TIMEOUT = new Question("taskAtTimeout", 3, TaskAtTimeout::new);
    private static final Question INTERRUPT_MID_TASK = new Question("interruptMidTask", 3,
            () -> new InterruptSeen(1, 2));
    private static final Question INTERRUPT_TOO_LATE = new Question("interruptTooLate", 2,
            () -> new InterruptSeen(0, 1));
    private static final Question AFTER_TIMEOUT = new Question("afterTimeout", 3, GoroutineAfterTimeout::new);
    private static final Question CONNECTIONS = new Question("connections", 3, ConnectionsMade::new);
    private static final Question WAIT = new Question("wait", 3, WorkersWait::new);
    private static final Question AFTER_CLOSE = new Question("afterClose", 3, ArrivalAfterClose::new);
    private static final Question FACTORY = new Question("factory", 3, FactoryFailure::new);

    // The leak and its fix, and the two arrival patterns, ask the same question: the runs answer it differently.
    private static final Map<String, Question> BY_PRESET = Map.ofEntries(
            Map.entry("runner.book", START_RETURNS),
            Map.entry("runner.timeout-wins", TASK_AT_TIMEOUT),
            Map.entry("runner.interrupt-mid-task", INTERRUPT_MID_TASK),
            Map.entry("runner.interrupt-too-late", INTERRUPT_TOO_LATE),
            Map.entry("runner.leak", AFTER_TIMEOUT),
            Map.entry("runner.fixed", AFTER_TIMEOUT),
            Map.entry("pool.at-once", CONNECTIONS),
            Map.entry("pool.spread", CONNECTIONS),
            Map.entry("pool.bounded", WAIT),
            Map.entry("pool.close-busy", AFTER_CLOSE),
            Map.entry("pool.flaky", FACTORY));

    private Questions() {
    }

    /** The question asked before the preset {@code presetId} runs; empty for an id without one. */
    public static Optional<Question> forPreset(String presetId) {
        return Optional.ofNullable(BY_PRESET.get(presetId));
    }
}
