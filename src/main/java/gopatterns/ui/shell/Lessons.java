package gopatterns.ui.shell;

import gopatterns.clock.VirtualClock;
import gopatterns.event.TracePattern;
import gopatterns.history.pool.predict.PoolQuestions;
import gopatterns.history.predict.Question;
import gopatterns.history.runner.predict.RunnerQuestions;
import gopatterns.pool.PoolTrace;
import gopatterns.runner.RunnerTrace;
import gopatterns.ui.common.Page;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.pool.PoolPage;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.runner.RunnerPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one list of the app's patterns, each a page of the window: adding a pattern is a line here, plus its own
 * packages and resources. Everything that concerns every page reads it: the window's pages and their
 * Ctrl+digit shortcuts (in this order), the message bundles ({@code gopatterns.ui.I18n}), the command line's
 * {@code --page} and {@code --preset}, recordings, the architecture test and the tests that run every page
 * or preset. Needs no JavaFX toolkit until a page is created.
 *
 * <p>A pattern with id {@code p} lives in these packages, by convention: {@code gopatterns.p} (the pattern
 * itself, plain Java), {@code gopatterns.history.p} (what its view shows, folded from its events, plain Java)
 * and {@code gopatterns.ui.p} (its page and view, with the resources of that package: message bundle
 * {@code messages.properties} and {@code messages_zh_CN.properties} with at least the keys {@code p.title}
 * and {@code p.shortcut}). The module descriptor exports {@code gopatterns.ui.p} to JavaFX, whose CSS reads
 * the styleable properties of the page's controls; a test checks that it does.
 */
public final class Lessons {

    /** Most pages there can be: each has a shortcut Ctrl+1 to Ctrl+9. */
    public static final int MAX_PAGES = 9;

    /** What stays plain Java whatever the pages: the virtual clock, the events, and the run's history. */
    private static final List<String> SHARED_CORE_PACKAGES =
            List.of("gopatterns.clock", "gopatterns.event", "gopatterns.history");

    /**
     * One page: its id and its presets' short names, in the window's order, and how to make it.
     *
     * @param page    the id: in settings, on the command line ({@code --page}), in preset ids and package names
     * @param presets the presets' short names ({@code --preset}), in the page's order
     * @param trace     how the pattern's runs are written as traces and read back
     * @param questions the question each preset asks before its run (Predict first), by the preset's short name
     * @param factory   a new page with a model of its own on the given clock
     */
    public record Lesson(String page, List<String> presets, TracePattern<?, ?> trace,
            Map<String, Question> questions, Function<VirtualClock, Page> factory) {

        public Lesson {
            presets = List.copyOf(presets);
            questions = Map.copyOf(questions);
        }

        /** The preset's id as the window knows it, e.g. {@code runner.leak}. */
        public String presetId(String name) {
            return page + "." + name;
        }

        /** A new page with its own model on {@code clock}, as the window and recordings use it. */
        public Page create(VirtualClock clock) {
            return factory.apply(clock);
        }

        /** The base name of the page's message bundle, e.g. {@code gopatterns.ui.runner.messages}. */
        public String bundle() {
            return uiPackage() + ".messages";
        }

        /** The key of the message that says what the page's shortcut does ("Show the Runner"). */
        public String shortcutKey() {
            return page + ".shortcut";
        }

        /** The key of the page's title. */
        public String titleKey() {
            return page + ".title";
        }

        /** The pattern itself, plain Java: e.g. {@code gopatterns.runner}. */
        public String corePackage() {
            return "gopatterns." + page;
        }

        /** The page's folds of its history, plain Java: e.g. {@code gopatterns.history.runner}. */
        public String foldPackage() {
            return "gopatterns.history." + page;
        }

        /** The page and its view: e.g. {@code gopatterns.ui.runner}. */
        public String uiPackage() {
            return "gopatterns.ui." + page;
        }

        /** Every package of this page's own (each with its subpackages); no other page's depends on them. */
        public List<String> packages() {
            return List.of(corePackage(), foldPackage(), uiPackage());
        }
    }

    private static final List<Lesson> ALL = List.of(
            new Lesson(RunnerPage.ID, List.copyOf(RunnerPage.presetParameters().keySet()), RunnerTrace.PATTERN, RunnerQuestions.BY_PRESET,
                    clock -> new RunnerPage(new RunnerModel(clock))),
            new Lesson(PoolPage.ID, List.copyOf(PoolPage.presetParameters().keySet()), PoolTrace.PATTERN, PoolQuestions.BY_PRESET,
                    clock -> new PoolPage(new PoolModel(clock))));

    private Lessons() {
    }

    /** Every page, in the order of the window's page switch and of the shortcuts Ctrl+1, Ctrl+2, ... */
    public static List<Lesson> all() {
        return ALL;
    }

    public static List<String> pageIds() {
        return ALL.stream().map(Lesson::page).toList();
    }

    public static Optional<Lesson> page(String id) {
        return ALL.stream().filter(l -> l.page().equals(id)).findFirst();
    }

    /** The question the preset {@code presetId} ({@code runner.book}) asks before its run; empty if none. */
    public static Optional<Question> question(String presetId) {
        int dot = presetId.indexOf('.');
        return dot < 0 ? Optional.empty()
                : page(presetId.substring(0, dot)).map(l -> l.questions().get(presetId.substring(dot + 1)));
    }

    /** The page that has a preset of this short name (names are unique across pages). */
    public static Optional<Lesson> pageOfPreset(String name) {
        return ALL.stream().filter(l -> l.presets().contains(name)).findFirst();
    }

    /** Every page, each new on a clock of its own that {@code clocks} makes. */
    public static List<Page> createAll(Supplier<VirtualClock> clocks) {
        return ALL.stream().map(l -> l.create(clocks.get())).toList();
    }

    /** The base names of every message bundle: the window's own first, then each page's, in page order. */
    public static List<String> bundles() {
        List<String> all = new ArrayList<>();
        all.add("gopatterns.ui.messages");
        ALL.forEach(l -> all.add(l.bundle()));
        return all;
    }

    /**
     * The packages that must not depend on JavaFX or any UI toolkit (each with its subpackages): the shared core
     * and each pattern's own plain-Java packages, so that the CLI, the tests and the benchmarks use exactly the
     * code the app animates.
     */
    public static List<String> toolkitFreePackages() {
        // The shared history package takes in every page's folds (gopatterns.history.<page>).
        return Stream.concat(SHARED_CORE_PACKAGES.stream(), ALL.stream().map(Lesson::corePackage)).toList();
    }
}
