package gopatterns.ui.pool;

import gopatterns.event.GoDuration;
import gopatterns.event.GoEvent;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.ui.I18n;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.Legend;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;

/** The Pool as a page of the main window: its view, presets, explanations, legend and saved parameters. */
public final class PoolPage implements Page {

    private final PoolModel model;
    private PoolView view;

    public PoolPage(PoolModel model) {
        this.model = model;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return I18n.get("pool.title");
    }

    @Override
    public PoolModel model() {
        return model;
    }

    @Override
    public Parent createView() {
        if (view != null) {
            view.detach();
        }
        view = new PoolView(model);
        return view;
    }

    @Override
    public List<String> stylesheets() {
        return PoolView.stylesheets();
    }

    // ---------------------------------------------------------------- presets

    /** The page's id, also the command line's {@code --page}. */
    public static final String ID = "pool";

    /**
     * The presets' parameters by short name, in the order of the preset list; the short name is the command
     * line's {@code --preset} and the preset's id is {@code pool.<name>}. Needs no JavaFX.
     */
    public static Map<String, PoolDemo.Params> presetParameters() {
        PoolDemo.Params book = PoolDemo.Params.book();
        Map<String, PoolDemo.Params> presets = new LinkedHashMap<>();
        presets.put("at-once", book);
        presets.put("spread", book.withSpread(Duration.ofSeconds(5)));
        presets.put("bounded", book.withBounded(3, Duration.ZERO));
        presets.put("close-busy", book.withHold(Duration.ofSeconds(3)).withSpread(Duration.ofSeconds(4)));
        presets.put("flaky", book.withSpread(Duration.ofSeconds(3)).withFailureRate(0.3));
        return presets;
    }

    @Override
    public List<Preset> presets() {
        return Preset.of(ID, presetParameters(), model::setParams, model::params);
    }

    // ---------------------------------------------------------------- explanations

    /** The caption's event: the explanation line and the caption over the workers never disagree. */
    @Override
    public ObservableValue<PoolEvent> explainedEventProperty() {
        return model.notableEventProperty();
    }

    @Override
    public Optional<String> explain(GoEvent event) {
        if (!(event instanceof PoolEvent e)) {
            return Optional.empty();
        }
        // The model shows the playhead's state: closed at the explained event means closed before it or by it.
        return Optional.of(PoolEventText.of(e, model.poolClosedProperty().get()).explanation());
    }

    // ---------------------------------------------------------------- legend

    @Override
    public Node createLegend() {
        return new Legend(List.of(
                new Legend.Entry("legend-created", "mdi2p-plus-circle", "legend.pool.created"),
                new Legend.Entry("legend-shared", "mdi2r-recycle", "legend.pool.shared"),
                new Legend.Entry("legend-in-queue", "mdi2t-tray-arrow-down", "legend.pool.inQueue"),
                new Legend.Entry("legend-closing", "mdi2c-close-circle", "legend.pool.closing"),
                new Legend.Entry("legend-waiting", "mdi2t-timer-sand", "legend.pool.waiting"),
                new Legend.Entry("legend-failed", "mdi2a-alert-circle", "legend.pool.failed")));
    }

    // ---------------------------------------------------------------- remembered parameters

    @Override
    public Map<String, String> saveParameters() {
        PoolDemo.Params p = model.params();
        return Map.ofEntries(
                Map.entry("size", Integer.toString(p.size())),
                Map.entry("workers", Integer.toString(p.workers())),
                Map.entry("hold", GoDuration.format(p.hold())),
                Map.entry("spread", GoDuration.format(p.spread())),
                Map.entry("mode", p.mode().name()),
                Map.entry("maxTotal", Integer.toString(p.maxTotal())),
                Map.entry("acquireTimeout", GoDuration.format(p.acquireTimeout())),
                Map.entry("failureRate", Double.toString(p.failureRate())),
                Map.entry("seed", Long.toString(p.seed())),
                Map.entry("speed", Double.toString(model.speedProperty().get())));
    }

    @Override
    public void restoreParameters(Map<String, String> saved) {
        if (saved.isEmpty()) {
            return;
        }
        try {
            PoolDemo.Params p = new PoolDemo.Params(
                    Integer.parseInt(saved.get("size")),
                    Integer.parseInt(saved.get("workers")),
                    GoDuration.parse(saved.get("hold")),
                    GoDuration.parse(saved.get("spread")),
                    PoolMode.valueOf(saved.get("mode")),
                    Integer.parseInt(saved.get("maxTotal")),
                    GoDuration.parse(saved.get("acquireTimeout")),
                    Double.parseDouble(saved.get("failureRate")),
                    Long.parseLong(saved.get("seed")));
            model.setParams(p);
            model.speedProperty().set(Double.parseDouble(saved.get("speed")));
        } catch (RuntimeException e) {
            // Settings from another version, or edited by hand: the defaults stay.
        }
    }

    @Override
    public Optional<ComparePattern<?, ?>> comparePattern() {
        return Optional.of(new PoolPattern(this));
    }
}
