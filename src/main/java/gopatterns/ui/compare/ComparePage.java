package gopatterns.ui.compare;

import gopatterns.clock.VirtualClock;
import gopatterns.event.GoEvent;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Compare mode as a page of the main window: two runs of the page it was opened from, side by side, under the
 * window's one transport. Its presets are the contrast pairs of that page; its parameters are not remembered.
 *
 * @param <M> the pattern's model
 * @param <P> the pattern's parameters
 */
public final class ComparePage<M extends SimulationModel<?>, P> implements Page {

    /** The page's id; {@code compare.<pattern>} names its pairs' presets. */
    public static final String ID = "compare";

    private final CompareModel<M, P> model;
    private CompareView<M, P> view;
    private Runnable onLeave = () -> { };

    private ComparePage(ComparePattern<M, P> pattern, VirtualClock clock) {
        this.model = new CompareModel<>(pattern, clock);
    }

    /**
     * Compare mode for {@code source}, both sides with the source's parameters, on a clock of the same kind as
     * the source's (a manual one in tests). Empty for a page that has no compare mode.
     */
    public static Optional<ComparePage<?, ?>> of(Page source) {
        return patternOf(source).map(pattern -> open(pattern, source));
    }

    /** The names of the contrast pairs of {@code source}'s presets (their titles: {@code preset.compare.<name>}). */
    public static List<String> pairNames(Page source) {
        return patternOf(source).map(p -> p.pairs().stream().map(ComparePattern.Pair::name).toList())
                .orElse(List.of());
    }

    /** The name of the pair that contrasts {@code source}'s preset {@code presetId}, if it has one. */
    public static Optional<String> pairNameFor(Page source, String presetId) {
        return patternOf(source).map(p -> presetId == null ? null : p.pairOf(presetId)).map(ComparePattern.Pair::name);
    }

    private static Optional<ComparePattern<?, ?>> patternOf(Page source) {
        return source.comparePattern();
    }

    private static <M extends SimulationModel<?>, P> ComparePage<M, P> open(ComparePattern<M, P> pattern,
            Page source) {
        VirtualClock clock = source.model().clock().isManual()
                ? VirtualClock.manual(source.model().clock().epoch())
                : VirtualClock.realtime(source.model().speedProperty().get());
        ComparePage<M, P> page = new ComparePage<>(pattern, clock);
        @SuppressWarnings("unchecked")
        M from = (M) source.model();
        P now = pattern.parameters(from);
        pattern.setParameters(page.model.left(), now);
        pattern.setParameters(page.model.right(), now);
        page.model.speedProperty().set(source.model().speedProperty().get());
        return page;
    }

    /** The pair named {@code name} as a preset of this page, if this page has it. */
    public Optional<Preset> pair(String name) {
        return presets().stream().filter(p -> p.id().equals(ID + "." + name)).findFirst();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return I18n.get("compare.title", model.pattern().source().title());
    }

    @Override
    public CompareModel<M, P> model() {
        return model;
    }

    @Override
    public Parent createView() {
        if (view != null) {
            view.release();
        }
        view = new CompareView<>(model, () -> onLeave.run());
        return view;
    }

    /** What the view's Close button does: the window leaves compare mode. */
    public void setOnLeave(Runnable leave) {
        onLeave = leave;
    }

    /** The view last built, or null. */
    public CompareView<M, P> view() {
        return view;
    }

    @Override
    public List<String> stylesheets() {
        // The source page's sheets are on the scene already; compare mode's own sheet is on its view.
        return model.pattern().source().stylesheets();
    }

    @Override
    public List<Preset> presets() {
        return model.pattern().pairs().stream().map(this::preset).toList();
    }

    private Preset preset(ComparePattern.Pair<P> pair) {
        return new Preset(ID + "." + pair.name(), () -> model.apply(pair), () -> model.isInEffect(pair));
    }

    /** The explanation line keeps what to watch of the pair: two runs have no one newest event. */
    @Override
    public ObservableValue<? extends GoEvent> explainedEventProperty() {
        return new ReadOnlyObjectWrapper<GoEvent>().getReadOnlyProperty();
    }

    @Override
    public Optional<String> explain(GoEvent event) {
        return Optional.empty();
    }

    @Override
    public Node createLegend() {
        return model.pattern().source().createLegend();
    }

    @Override
    public Map<String, String> saveParameters() {
        return Map.of();
    }

    @Override
    public void restoreParameters(Map<String, String> saved) {
        // Compare mode starts from the page it is opened from; nothing of it is remembered.
    }

    @Override
    public boolean interrupt() {
        if (!model.pattern().actionIsInterrupt()) {
            return false;
        }
        model.act();
        return true;
    }

    /** Lets go of the view and stops both runs and the shared clock: compare mode closes. */
    public void close() {
        if (view != null) {
            view.release();
            view = null;
        }
        model.dispose();
    }
}
