package gopatterns.ui.pool;

import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The pool's counters as chips, a number and its name each, wrapping over as many rows as they need. The
 * value labels have ids ({@code createdValue}, {@code reuseRatioValue}, ...) for the tests and the shell.
 */
public final class PoolCounters extends FlowPane {

    private record Counter(String id, ToLongFunction<PoolStats> value, Label label) {}

    private final List<Counter> counters = new ArrayList<>();
    private final Label ratio = new Label();
    /** The counters folded away, by why. */
    private final Map<String, Set<String>> folds = new HashMap<>();
    private final NumberFormat numbers = PoolEventText.counts();
    private final NumberFormat percent = PoolEventText.percent();

    public PoolCounters() {
        super(6, 4);
        getStyleClass().add("pool-counters");
        add("created", PoolStats::created);
        add("reused", PoolStats::reused);
        add("closedAtRelease", PoolStats::closedAtRelease);
        add("closedAtShutdown", PoolStats::closedAtShutdown);
        add("closedAfterShutdown", PoolStats::closedAfterShutdown);
        add("idle", PoolStats::idle);
        add("inUse", PoolStats::inUse);
        add("peak", PoolStats::peakInUse);
        add("waits", PoolStats::waits);
        add("factoryFailures", PoolStats::factoryFailures);
        add("refused", PoolStats::refusedAcquires);
        getChildren().add(chip("reuseRatio", ratio));
    }

    private void add(String id, ToLongFunction<PoolStats> value) {
        Label label = new Label();
        counters.add(new Counter(id, value, label));
        getChildren().add(chip(id, label));
    }

    private static HBox chip(String id, Label value) {
        value.setId(id + "Value");
        value.getStyleClass().add("counter-value");
        Label name = new Label(I18n.get("pool.counter." + id));
        name.getStyleClass().add("counter-name");
        HBox chip = new HBox(5, value, name);
        chip.setAlignment(Pos.BASELINE_LEFT);
        chip.setId(id + "Counter");
        chip.getStyleClass().addAll("counter", "counter-" + id);
        return chip;
    }

    /**
     * Folds away the chips of the counters named {@code ids} ("created", "peak", ...: the ids of the value labels
     * without "Value") for {@code reason} (a table elsewhere shows them, a compact view has no room for them), or
     * none for it when {@code ids} is empty. A chip shows while no reason folds it away.
     */
    public void fold(String reason, Collection<String> ids) {
        folds.put(reason, Set.copyOf(ids));
        for (Node chip : getChildren()) {
            String id = chip.getId();
            if (id != null && id.endsWith("Counter")) {
                String counter = id.substring(0, id.length() - "Counter".length());
                boolean shown = folds.values().stream().noneMatch(f -> f.contains(counter));
                chip.setVisible(shown);
                chip.setManaged(shown);
            }
        }
    }

    /** Shows {@code s}; a label whose number did not change is not touched. */
    public void show(PoolStats s) {
        for (Counter c : counters) {
            setIfChanged(c.label(), numbers.format(c.value().applyAsLong(s)));
        }
        setIfChanged(ratio, percent.format(s.reuseRatio()));
    }

    private static void setIfChanged(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }
}
