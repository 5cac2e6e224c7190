package gopatterns.ui.common;

import gopatterns.ui.I18n;

/**
 * A set of parameters that tells a story, with what to watch. Its title and explanation come from the
 * messages {@code preset.<id>} and {@code preset.<id>.watch}.
 *
 * @param id    stable name, e.g. {@code runner.interrupt-too-late}
 * @param apply sets the model's parameters
 */
public record Preset(String id, Runnable apply) {

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
