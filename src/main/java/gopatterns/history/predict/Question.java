package gopatterns.history.predict;

import gopatterns.event.GoEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A question asked before a preset's run, with two to four answers. Its words are the messages
 * {@code predict.question.<id>} and {@code predict.answer.<id>.<i>} (i from 0); the right answer is not written
 * anywhere: {@link #rule()} reads it from the run's events.
 *
 * @param id      the question's name, e.g. {@code startReturns}
 * @param answers how many answers, 2 to 4
 * @param rule    makes a fresh rule for one run
 */
public record Question(String id, int answers, Supplier<Rule> rule) {

    public static final int MIN_ANSWERS = 2;
    public static final int MAX_ANSWERS = 4;

    /** @throws IllegalArgumentException if {@code answers} is not between 2 and 4 */
    public Question {
        if (answers < MIN_ANSWERS || answers > MAX_ANSWERS) {
            throw new IllegalArgumentException("a question has 2 to 4 answers, not " + answers);
        }
    }

    /** The verdict of a whole (or partial) run: the first event that decides the question, if any does. */
    public Optional<Verdict> decide(List<? extends GoEvent> events) {
        Rule r = rule.get();
        for (GoEvent e : events) {
            Optional<Verdict> v = r.apply(e);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    public String questionKey() {
        return "predict.question." + id;
    }

    /** The message key of answer {@code index} (0 = A). */
    public String answerKey(int index) {
        return "predict.answer." + id + "." + index;
    }
}
