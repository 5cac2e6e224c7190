package gopatterns.ui.common;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.SimulationModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.Parent;

/**
 * What compare mode needs to know of one pattern (runner, pool) to show two runs of it side by side: how to make a
 * model and its usual view, how to read and set its parameters, how to name them, which pairs of parameters make
 * a lesson, and the outcome of a finished run.
 *
 * @param <M> the pattern's model
 * @param <P> the pattern's parameters (a record: two sides differ where their values are not equal)
 */
public abstract class ComparePattern<M extends SimulationModel<?>, P> {

    /** One named parameter as shown over a side: its name and value, in the current language. */
    public record Setting(String key, String name, String value) {}

    /** One line of the table of outcomes: its name and the value for a side. */
    public record Result(String key, String name, String value) {}

    /** Two parameter sets that tell a lesson side by side; its title and what to watch come from the bundles. */
    public record Pair<P>(String name, P left, P right) {}

    private final Page source;

    protected ComparePattern(Page source) {
        this.source = source;
    }

    /** The page compare mode was opened from: its legend and presets. */
    public Page source() {
        return source;
    }

    /** A new model of this pattern on {@code clock}; the two sides share one clock. */
    public abstract M newModel(VirtualClock clock);

    /** The pattern's usual view of {@code model}. */
    public abstract Parent newView(M model);

    /** Lets a view made by {@link #newView} go: it is being replaced. */
    public abstract void releaseView(Parent view);

    public abstract P parameters(M model);

    public abstract void setParameters(M model, P parameters);

    /** The properties {@link #parameters} reads: a change of any may change what differs. */
    public abstract Observable[] parameterProperties(M model);

    /** The parameters by name, in the order shown; two sides differ on the keys whose values differ. */
    public abstract List<Setting> settings(P parameters);

    /** The pairs of this pattern's presets with a natural contrast, by the preset names each belongs to. */
    public abstract List<Pair<P>> pairs();

    /** The pair to open when the preset {@code presetId} is chosen, or null if it has none. */
    public Pair<P> pairOf(String presetId) {
        return null;
    }

    /** True once {@code model}'s run is over and nothing of it moves any more: its outcome is final. */
    public abstract boolean finished(M model);

    /** The outcome of {@code model}'s run, from its own events and counters, one result per line of the table. */
    public abstract List<Result> outcome(M model);

    /**
     * The table of outcomes is shown under the sides ({@code shown}) or gone: a side's {@code view} may fold away
     * what the table repeats, so that the table takes no room from what only the side shows. Nothing by default.
     */
    public void outcomeShown(Parent view, boolean shown) {
    }

    /**
     * The command that reaches both sides at one instant (Interrupt, Close pool): its message key (compare mode's
     * button says it), and what it does to one side.
     */
    public abstract String actionKey();

    /** True when the command is the Interrupt (key I); false for a command of the view's own (Close pool). */
    public abstract boolean actionIsInterrupt();

    public abstract void act(M model);

    /** Id (no '#') of the button in the pattern's view that does {@link #act} to its side: in compare mode, to both. */
    public abstract String actionButtonId();
}
