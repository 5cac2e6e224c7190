package gopatterns.history.runner.predict;

import gopatterns.history.predict.Question;
import java.util.Map;

/** The question each runner preset asks before its run, by the preset's short name. */
public final class RunnerQuestions {

    private static final Question START_RETURNS = new Question("startReturns", 3, StartReturns::new);
    private static final Question TASK_AT_TIMEOUT = new Question("taskAtTimeout", 3, TaskAtTimeout::new);
    private static final Question INTERRUPT_MID_TASK = new Question("interruptMidTask", 3,
            () -> new InterruptSeen(1, 2));
    private static final Question INTERRUPT_TOO_LATE = new Question("interruptTooLate", 2,
            () -> new InterruptSeen(0, 1));
    private static final Question AFTER_TIMEOUT = new Question("afterTimeout", 3, GoroutineAfterTimeout::new);

    /** The leak and its fix ask the same question: their runs answer it differently. */
    public static final Map<String, Question> BY_PRESET = Map.of(
            "book", START_RETURNS,
            "timeout-wins", TASK_AT_TIMEOUT,
            "interrupt-mid-task", INTERRUPT_MID_TASK,
            "interrupt-too-late", INTERRUPT_TOO_LATE,
            "leak", AFTER_TIMEOUT,
            "fixed", AFTER_TIMEOUT);

    private RunnerQuestions() {
    }
}
