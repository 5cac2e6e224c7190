package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A set of parameters that tells a story, with what to watch. Its title and explanation come from the
 * messages {@code preset.<id>} and {@code preset.<id>.watch}.
 *
 * @param id       stable name, e.g. {@code runner.interrupt-too-late}
 * @param apply    sets the model's parameters
 * @param inEffect true while the model's parameters are exactly this preset's
 */
public record Preset(String id, Runnable apply, BooleanSupplier inEffect) {

    /** A preset that is only named, never recognised in a model's parameters. */
    public Preset(String id, Runnable apply) {
        this(id, apply, () -> false);
    }

    /**
     * One preset per entry, in the map's order: {@code <page>.<name>}, applying the entry's parameters.
     *
     * @param page       the page's id
     * @param parameters the parameters by short name
     * @param setter     sets a model's parameters
     * @param current    the model's parameters now, to tell which preset is in effect
     */
    public static <P> List<Preset> of(String page, Map<String, P> parameters, Consumer<P> setter,
            Supplier<P> current) {
        return parameters.entrySet().stream()
                .map(e -> new Preset(page + "." + e.getKey(), () -> setter.accept(e.getValue()),
                        () -> Objects.equals(e.getValue(), current.get())))
                .toList();
    }

    /** True while the model's parameters are this preset's: the box may name it. */
    public boolean isInEffect() {
        return inEffect.getAsBoolean();
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
