package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A set of parameters that tells a story, with what to watch. Its title and explanation come from the
 * messages {@code preset.<id>} and {@code preset.<id>.watch}.
 *
 * @param id    stable name, e.g. {@code runner.interrupt-too-late}
 * @param apply sets the model's parameters
 */
public record Preset(String id, Runnable apply) {

    /**
     * One preset per entry, in the map's order: {@code <page>.<name>}, applying the entry's parameters.
     *
     * @param page       the page's id
     * @param parameters the parameters by short name
     * @param setter     sets a model's parameters
     */
    public static <P> List<Preset> of(String page, Map<String, P> parameters, Consumer<P> setter) {
        return parameters.entrySet().stream()
                .map(e -> new Preset(page + "." + e.getKey(), () -> setter.accept(e.getValue())))
                .toList();
    }

    public String title() {
        return I18n.get("preset." + id);
    }

    /** What to watch when this preset runs. */
    public String watch() {
        return I18n.get("preset." + id + ".watch");
    }

    @Override
    public String toString() {
        return title();
    }
}
