package gopatterns.ui.record;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.shell.Lessons;
import java.util.List;
import java.util.Optional;

/** The pages a recording can show, and their presets by id: those of the window's one list, {@link Lessons}. */
public final class RecordPages {

    /** Page ids, in the app's order: the window's own list ({@link Lessons}). */
    public static final List<String> PAGES = Lessons.pageIds();

    private RecordPages() {
    }

    /**
     * A new page with its own model on {@code clock}.
     *
     * @throws IllegalArgumentException for an unknown page id
     */
    public static Page create(String page, VirtualClock clock) {
        return Lessons.page(page).orElseThrow(() -> new IllegalArgumentException("unknown page '" + page + "'"))
                .create(clock);
    }

    /** The short ids of the page's presets ({@code book}, {@code leak}, ...), in the app's order. */
    public static List<String> presetIds(String page) {
        return Lessons.page(page).map(Lessons.Lesson::presets).orElse(List.of());
    }

    /** The preset of {@code page} with this short or full id. */
    public static Optional<Preset> find(Page page, String id) {
        return page.presets().stream()
                .filter(p -> p.id().equals(id) || shortId(page.id(), p).equals(id))
                .findFirst();
    }

    private static String shortId(String page, Preset p) {
        return p.id().startsWith(page + ".") ? p.id().substring(page.length() + 1) : p.id();
    }

    /** What is wrong with a page and preset id, listing the valid ones; null if both are known. */
    static String problem(String page, String preset) {
        if (!PAGES.contains(page)) {
            return "unknown page '" + page + "'; pages: " + String.join(", ", PAGES);
        }
        List<String> ids = presetIds(page);
        if (!ids.contains(preset) && !ids.contains(preset.replaceFirst("^" + page + "\\.", ""))) {
            return "unknown preset '" + preset + "' for " + page + "; presets: " + String.join(", ", ids);
        }
        return null;
    }
}
