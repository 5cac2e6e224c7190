package gopatterns.ui.shell;

import gopatterns.event.GoEvent;
import gopatterns.event.TraceException;
import gopatterns.event.TraceHeader;
import gopatterns.event.TracePattern;
import gopatterns.event.TraceReader;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolTrace;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerTrace;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.runner.RunnerModel;
import java.nio.file.Path;
import java.util.List;

/**
 * Traces as the window and the command line's {@code open} know them: which patterns there are, how a page's
 * run is described in a trace's header, and how an opened trace sets a page's controls.
 */
public final class TraceFiles {

    private static final TraceReader READER = new TraceReader(List.of(RunnerTrace.PATTERN, PoolTrace.PATTERN));

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
        return switch (model) {
            case RunnerModel r -> saved(RunnerTrace.PATTERN,
                    r.runParamsProperty().get() != null ? r.runParamsProperty().get() : r.parameters(), r.history());
            case PoolModel p -> saved(PoolTrace.PATTERN,
                    p.runParamsProperty().get() != null ? p.runParamsProperty().get() : p.params(), p.history());
            default -> throw new IllegalArgumentException("no trace pattern for " + model.getClass().getSimpleName());
        };
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
        try {
            return switch (model) {
                case RunnerModel r -> {
                    r.setParameters((RunnerDemo.Params) params);
                    yield r.parameters().equals(params);
                }
                case PoolModel p -> {
                    p.setParams((PoolDemo.Params) params);
                    yield p.params().equals(params);
                }
                default -> false;
            };
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
