package gopatterns.ui.shell;

import gopatterns.event.GoEvent;
import gopatterns.event.TraceException;
import gopatterns.event.TraceHeader;
import gopatterns.event.TracePattern;
import gopatterns.event.TraceReader;
import gopatterns.ui.common.SimulationModel;
import java.nio.file.Path;
import java.util.List;

/**
 * Traces as the window and the command line's {@code open} know them: which patterns there are, how a page's
 * run is described in a trace's header, and how an opened trace sets a page's controls.
 */
public final class TraceFiles {

    private static final TraceReader READER =
            new TraceReader(Lessons.all().stream().<TracePattern<?, ?>>map(Lessons.Lesson::trace).toList());

    private TraceFiles() {
    }

    /**
     * Reads a trace of any pattern the app shows.
     *
     * @throws TraceException naming the line and the reason, if the file is not a trace this version can show
     */
    public static TraceReader.Trace<?, ?> read(Path file) throws TraceException {
        return READER.read(file);
    }

    /** A run as a trace writes it: its header and its events up to the Go program's exit. */
    public record Saved(TraceHeader header, List<? extends GoEvent> events) {}

    /**
     * {@code model}'s run as the command line's {@code --trace} writes it for the same parameters and seed: the
     * run's parameters (else, before any run, the controls'), and its events up to the Go program's exit.
     */
    public static Saved saved(SimulationModel<?> model) {
        return savedOf(model);
    }

    @SuppressWarnings("unchecked") // a model's trace parameters are of its own pattern's type
    private static <E extends GoEvent> Saved savedOf(SimulationModel<E> model) {
        return saved((TracePattern<E, Object>) model.tracePattern(), model.traceParameters(), model.history());
    }

    private static <E extends GoEvent, P> Saved saved(TracePattern<E, P> pattern, P params, List<E> history) {
        int end = 0;
        while (end < history.size() && !pattern.endsWith(history.get(end++))) {
            // up to the exit, inclusive
        }
        return new Saved(pattern.header(params), history.subList(0, end));
    }

    /**
     * Sets {@code model}'s controls to the parameters of an opened trace, as far as they reach.
     *
     * @return whether the controls now show exactly those parameters (false: a value lies beyond a control's range)
     */
    static boolean setControls(SimulationModel<?> model, Object params) {
        return model.showTraceParameters(params);
    }
}
