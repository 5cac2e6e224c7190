package gopatterns.event;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * A trace file that cannot be read back: which line (1 is the header; 0 for the whole file) and why, in words.
 * {@link #problem()} and {@link #arguments()} let a window say the same in its own language.
 */
public final class TraceException extends Exception {

    /** What is wrong; each has its English wording, a {@link MessageFormat} pattern of the arguments. */
    public enum Problem {
        NO_FILE("there is no such file"),
        UNREADABLE("the file cannot be read ({0})"),
        EMPTY("the file is empty"),
        NOT_JSON("not JSON: each line must be one JSON object"),
        NO_HEADER("no header: the file does not begin with a gopatterns trace header "
                + "(cut at the front, or not a trace)"),
        OTHER_VERSION("written by another version of gopatterns (trace format {0}; this version reads {1})"),
        UNKNOWN_PATTERN("unknown pattern \"{0}\" (this version knows {1})"),
        INVALID_PARAMETERS("the run''s parameters are invalid: {0}"),
        NO_EVENTS("the trace ends after its header, without any event (truncated)"),
        CUT_OFF("the last line is cut off (the file is truncated)"),
        UNKNOWN_TYPE("unknown event type \"{0}\" in a {1} trace"),
        MISSING_FIELD("the event {0} lacks its field \"{1}\""),
        INVALID_FIELD("the field \"{1}\" of the event {0} is invalid"),
        UNEXPECTED_FIELD("the event {0} has no field \"{1}\""),
        SEQ_ORDER("events out of order: event number {1} where {0} should come"),
        TIME_ORDER("events out of order: time {0} ns comes before the previous event''s {1} ns");

        private final String english;

        Problem(String english) {
            this.english = english;
        }

        /** The English wording of this problem with {@code arguments}. */
        public String english(List<String> arguments) {
            return new MessageFormat(english, Locale.ROOT).format(arguments.toArray());
        }
    }

    private final int line;
    private final Problem problem;
    private final List<String> arguments;

    /**
     * @param line      1-based line number, 0 for the file as a whole
     * @param arguments what the problem's wording names, as text
     */
    public TraceException(int line, Problem problem, String... arguments) {
        super((line > 0 ? "line " + line + ": " : "") + problem.english(List.of(arguments)));
        this.line = line;
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    /** The line that is wrong, 1 being the header; 0 when the file as a whole is. */
    public int line() {
        return line;
    }

    public Problem problem() {
        return problem;
    }

    public List<String> arguments() {
        return arguments;
    }
}
