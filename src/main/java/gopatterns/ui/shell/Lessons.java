package gopatterns.ui.shell;

import gopatterns.ui.pool.PoolPage;
import gopatterns.ui.runner.RunnerPage;
import java.util.List;
import java.util.Optional;

/**
 * The window's pages and their presets by name, without JavaFX: what the command line's {@code --page} and
 * {@code --preset} accept. The names come from the pages themselves ({@link RunnerPage#presetParameters()},
 * {@link PoolPage#presetParameters()}); a preset's id is {@code <page>.<name>}.
 */
public final class Lessons {

    /** One page: its id and its presets' short names, in the window's order. */
    public record Lesson(String page, List<String> presets) {

        /** The preset's id as the window knows it, e.g. {@code runner.leak}. */
        public String presetId(String name) {
            return page + "." + name;
        }
    }

    private static final List<Lesson> ALL = List.of(
            new Lesson(RunnerPage.ID, List.copyOf(RunnerPage.presetParameters().keySet())),
            new Lesson(PoolPage.ID, List.copyOf(PoolPage.presetParameters().keySet())));

    private Lessons() {
    }

    /** Every page, in the order of the window's page switch. */
    public static List<Lesson> all() {
        return ALL;
    }

    public static List<String> pageIds() {
        return ALL.stream().map(Lesson::page).toList();
    }

    public static Optional<Lesson> page(String id) {
        return ALL.stream().filter(l -> l.page().equals(id)).findFirst();
    }

    /** The page that has a preset of this short name (names are unique across pages). */
    public static Optional<Lesson> pageOfPreset(String name) {
        return ALL.stream().filter(l -> l.presets().contains(name)).findFirst();
    }
}
