package gopatterns.history.predict;

import java.util.List;

/**
 * What a run says about a question: the right answer, the event that decided it, and why, as a message key
 * with its arguments.
 *
 * @param answer the right answer's index (0 = A), or {@link #UNDECIDED} when the run went another way and
 *               answers none of them (no interrupt was sent, the pool was never closed)
 * @param seq    the {@code seq} of the deciding event: the reveal belongs right after it
 * @param reason the key of the sentence that says why, under {@code predict.why.}
 * @param args   the sentence's arguments (counts), in order
 */
public record Verdict(int answer, long seq, String reason, List<Object> args) {

    /** The answer of a run that decided none of the answers. */
    public static final int UNDECIDED = -1;

    public Verdict {
        args = List.copyOf(args);
    }

    /** A verdict for {@code answer} at the event {@code seq}, with a reason without arguments. */
    public static Verdict of(int answer, long seq, String reason, Object... args) {
        return new Verdict(answer, seq, reason, List.of(args));
    }

    /** The run decided none of the answers, at the event {@code seq}. */
    public static Verdict undecided(long seq, String reason) {
        return new Verdict(UNDECIDED, seq, reason, List.of());
    }

    /** True when one of the answers is the right one. */
    public boolean decided() {
        return answer != UNDECIDED;
    }
}
