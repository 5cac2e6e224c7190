package gopatterns.ui.shell;

import gopatterns.event.GoEvent;
import gopatterns.event.TraceReader;
import gopatterns.ui.I18n;
import gopatterns.ui.compare.ComparePage;
import gopatterns.ui.common.Crashes;
import gopatterns.ui.common.Stylesheets;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The app around the views: which page is shown, the theme, the language, the keyboard, and what is
 * remembered between launches. The window's nodes ({@link MainWindow}) are rebuilt from here when the
 * language changes; the models, and so any run in progress, stay as they are.
 */
public final class Shell {

    /** Speeds that + and - step through. */
    static final double[] SPEEDS = {0.1, 0.25, 0.5, 1, 2, 4, 8, 10};

    /** The window's size on a first start; later starts restore the last one. */
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    /** The smallest window: fits the visual bounds of a 1024x768 screen (about 1024x740) with room to spare. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 600;

    private final Stage stage;
    /** Shuts this shell down when its window goes; removed then, so a stage shown again holds no old shell. */
    private final EventHandler<WindowEvent> onHidden = e -> shutdown();
    private final List<Page> pages;
    private final AppSettings settings;
    private final Shortcuts shortcuts;
    /** "Show that moment" moves the timeline's playhead to the deciding event. */
    private final PredictFirst predict = new PredictFirst((m, seq) -> m.seekToSeq(seq));
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", 0);
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty lanesShown = new SimpleBooleanProperty(this, "lanesShown");
    private final Scene scene;
    private MainWindow window;
    /** Compare mode when open: shown instead of the selected page, and what the transport and keys drive. */
    private ComparePage<?, ?> compare;
    private boolean shutDown;
    private final LaunchRequest launch;
    /** The launch's preset, until the window has shown it. */
    private Preset launchPreset;
    /** The launch page's parameters as its preset set them: unchanged at the end, they are not remembered. */
    private Map<String, String> launchParameters = Map.of();

    public Shell(Stage stage, List<Page> pages, AppSettings settings) {
        this(stage, pages, settings, LaunchRequest.REMEMBERED);
    }

    /**
     * The window as remembered, then as {@code launch} asks; what {@code launch} sets is not remembered
     * unless changed in the window.
     *
     * @throws IllegalArgumentException if {@code launch} names a page or preset that {@code pages} lack
     */
    public Shell(Stage stage, List<Page> pages, AppSettings settings, LaunchRequest launch) {
        this.stage = stage;
        this.pages = List.copyOf(pages);
        this.settings = settings;
        this.launch = launch;
        this.shortcuts = new Shortcuts(this);
        restoreSettings();
        applyLaunch();
        // Chinese needs the font before the first layout; English only for the Language menu, later.
        if (BundledFont.isChinese()) {
            BundledFont.load();
        } else {
            BundledFont.preload();
        }
        window = new MainWindow(this);
        BundledFont.apply(window);
        WindowPlacement.Placement place = placement();
        WindowPlacement.Rect bounds = place.bounds();
        scene = new Scene(window, bounds.width(), bounds.height());
        shortcuts.install(scene);
        applyStylesheets();
        stage.setScene(scene);
        stage.setTitle(I18n.get("app.title"));
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.width()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.height()));
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(place.maximized());
        for (Page p : pages) {
            p.model().attach();
        }
        // However the window goes (its close box, Quit, the app ending), every run and clock stops with it.
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
    }

    // ---------------------------------------------------------------- pages

    public List<Page> pages() {
        return pages;
    }

    public Page page() {
        return compare != null ? compare : pages.get(selected.get());
    }

    public SimulationModel<?> model() {
        return page().model();
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /**
     * Shows another page. The page left behind is reset: every thread its run started is stopped at once,
     * so a leaked goroutine never runs on unseen.
     */
    public void selectPage(int index) {
        leaveCompare();
        if (index >= 0 && index < pages.size() && index != selected.get()) {
            Page left = page();
            predict.close();
            boolean stopped = left.model().isRunning();
            left.model().reset();
            selected.set(index);
            if (stopped && window != null) {
                window.runStoppedByLeaving(left);
            }
        }
    }

    public MainWindow window() {
        return window;
    }

    PredictFirst predict() {
        return predict;
    }

    // ---------------------------------------------------------------- compare mode

    /**
     * Opens compare mode for the page shown: two runs of it side by side, with the pair {@code pairName} (see
     * {@link ComparePage#pairNames}) or, for null, the page's parameters on both sides. The page's run is reset.
     */
    public void compare(String pairName) {
        Page source = pages.get(selected.get());
        leaveCompare();
        ComparePage.of(source).ifPresent(c -> {
            source.model().reset();
            compare = c;
            c.setOnLeave(this::leaveCompare);
            window.showCompare(pairName == null ? null : c.pair(pairName).orElse(null));
        });
    }

    /** Closes compare mode, if open: its runs and clock stop, and the selected page shows again. */
    public void leaveCompare() {
        if (compare != null) {
            ComparePage<?, ?> c = compare;
            compare = null;
            c.close();
            window.showSelected();
        }
    }

    /** Compare mode, if open. */
    public Optional<ComparePage<?, ?>> comparing() {
        return Optional.ofNullable(compare);
    }

    Shortcuts shortcuts() {
        return shortcuts;
    }

    Stage stage() {
        return stage;
    }

    // ---------------------------------------------------------------- commands

    /** Space: starts a run when none is going, else pauses or resumes it; looking back, plays or pauses. */
    public void startOrPause() {
        SimulationModel<?> m = model();
        if (m.isRunning() || !m.liveProperty().get()) {
            m.togglePause();
        } else if (!window.offerPrediction(m)) {
            if (m.pausedProperty().get()) {
                m.resume();
            }
            m.start();
        }
    }

    public void step() {
        model().step();
    }

    /**
     * Shows an opened trace: its page, the controls set to its run's parameters, the run in review mode. The run
     * of the page left is reset, as for any change of page.
     *
     * @return whether the controls show the trace's parameters exactly (else a value was beyond their range)
     */
    boolean openTrace(TraceReader.Trace<?, ?> trace) {
        selectPage(indexOf(trace.pattern().name()));
        SimulationModel<?> m = model();
        boolean controls = TraceFiles.setControls(m, trace.params());
        review(m, trace.events());
        return controls;
    }

    @SuppressWarnings("unchecked")
    private static <E extends GoEvent> void review(SimulationModel<E> model, List<? extends GoEvent> events) {
        // The page of the trace's pattern shows that pattern's events.
        model.review((List<E>) events);
    }

    public void reset() {
        model().reset();
    }

    public void interrupt() {
        page().interrupt();
    }

    public void faster() {
        double s = model().speedProperty().get();
        for (double v : SPEEDS) {
            if (v > s + 1e-9) {
                model().speedProperty().set(v);
                return;
            }
        }
    }

    public void slower() {
        double s = model().speedProperty().get();
        for (int i = SPEEDS.length - 1; i >= 0; i--) {
            if (SPEEDS[i] < s - 1e-9) {
                model().speedProperty().set(SPEEDS[i]);
                return;
            }
        }
    }

    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    /** Whether the page's goroutine lanes are shown instead of its view (View → Goroutine lanes, L). */
    public BooleanProperty lanesShownProperty() {
        return lanesShown;
    }

    public void toggleLanes() {
        lanesShown.set(!lanesShown.get());
    }

    public void toggleHelp() {
        window.toggleHelp();
    }

    /** Esc: closes the shortcuts list, else puts away a question not yet answered or an answer shown. */
    public void closeHelp() {
        if (window.isHelpShown()) {
            window.closeHelp();
        } else if (predict.phase() == PredictFirst.Phase.ASKING || predict.phase() == PredictFirst.Phase.REVEALED) {
            predict.close();
        }
    }

    /** Enter: in teacher mode, reveals the answer once the run has decided it. */
    public void revealAnswer() {
        predict.reveal();
    }


    // ---------------------------------------------------------------- looks and language

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void setTheme(Theme t) {
        theme.set(t);
        applyStylesheets();
    }

    public void setLocale(Locale locale) {
        if (locale.equals(I18n.locale())) {
            return;
        }
        I18n.localeProperty().set(locale);
        BundledFont.load();
        boolean help = window.isHelpShown();
        window.dispose();
        window = new MainWindow(this);
        BundledFont.apply(window);
        scene.setRoot(window);
        stage.setTitle(I18n.get("app.title"));
        if (help) {
            window.toggleHelp();
        }
    }

    private void applyStylesheets() {
        theme.get().applyUserAgent();
        Set<String> sheets = new LinkedHashSet<>();
        for (Page p : pages) { // each page's list starts with the shared stylesheet
            sheets.addAll(p.stylesheets());
        }
        sheets.add(Stylesheets.beside(Shell.class, "shell.css"));
        sheets.add(Stylesheets.beside(Shell.class, "predict.css"));
        sheets.addAll(theme.get().stylesheets());
        scene.getStylesheets().setAll(List.copyOf(sheets));
    }

    // ---------------------------------------------------------------- remembered settings

    private void restoreSettings() {
        settings.load();
        try {
            theme.set(Theme.valueOf(settings.get("theme", Theme.LIGHT.name())));
        } catch (IllegalArgumentException e) {
            theme.set(Theme.LIGHT);
        }
        lanesShown.set(settings.getBoolean("view.lanes", false));
        Locale locale = Locale.forLanguageTag(settings.get("language", "en"));
        I18n.localeProperty().set(I18n.SUPPORTED.contains(locale) ? locale : I18n.ENGLISH);
        for (Page p : pages) {
            p.restoreParameters(settings.section("page." + p.id()));
        }
        predict.enabledProperty().set(settings.getBoolean("view.predictFirst", false));
        predict.teacherProperty().set(settings.getBoolean("view.teacherMode", false));
        int page = (int) settings.getDouble("page", 0);
        selected.set(page >= 0 && page < pages.size() ? page : 0);
    }

    /** The saved size and place brought inside a screen, or the first start's. */
    private WindowPlacement.Placement placement() {
        WindowPlacement.Rect saved = new WindowPlacement.Rect(settings.getDouble("window.x", Double.NaN),
                settings.getDouble("window.y", Double.NaN), settings.getDouble("window.width", Double.NaN),
                settings.getDouble("window.height", Double.NaN));
        List<WindowPlacement.Rect> screens = Screen.getScreens().stream().map(s -> rect(s.getVisualBounds())).toList();
        return WindowPlacement.restore(saved, screens, rect(Screen.getPrimary().getVisualBounds()),
                DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    private static WindowPlacement.Rect rect(Rectangle2D r) {
        return new WindowPlacement.Rect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private void applyLaunch() {
        if (launch.theme() != null) {
            theme.set(launch.theme());
        }
        if (launch.locale() != null) {
            I18n.localeProperty().set(launch.locale());
        }
        if (launch.page() != null) {
            selected.set(indexOf(launch.page()));
        }
        if (launch.presetId() != null) {
            launchPreset = page().presets().stream().filter(p -> p.id().equals(launch.presetId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no preset " + launch.presetId()));
            launchPreset.apply().run();
            launchParameters = page().saveParameters();
        }
    }

    private int indexOf(String pageId) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(pageId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no page " + pageId);
    }

    /** The preset the launch asked for, once: the window shows it as chosen. */
    Optional<Preset> takeLaunchPreset() {
        Optional<Preset> p = Optional.ofNullable(launchPreset);
        launchPreset = null;
        return p;
    }

    /** The window is showing: opens the launch's trace, starts the run, if the launch asked for it. */
    public void shown() {
        if (launch.trace() != null) {
            window.openTrace(launch.trace());
        }
        if (launch.start()) {
            startOrPause();
        }
    }

    /**
     * Remembers the window, theme, language, page and parameters. What the launch options set and the user
     * left as it was keeps its remembered value. Failures are shown, never thrown.
     */
    public void saveSettings() {
        if (!stage.isFullScreen() && !stage.isMaximized()) {
            settings.put("window.x", stage.getX());
            settings.put("window.y", stage.getY());
            settings.put("window.width", stage.getWidth());
            settings.put("window.height", stage.getHeight());
        }
        if (theme.get() != launch.theme()) {
            settings.put("theme", theme.get().name());
        }
        settings.put("view.lanes", lanesShown.get());
        if (!I18n.locale().equals(launch.locale())) {
            settings.put("language", I18n.locale().toLanguageTag());
        }
        settings.put("view.predictFirst", predict.enabledProperty().get());
        settings.put("view.teacherMode", predict.teacherProperty().get());
        if (!page().id().equals(launch.page())) {
            settings.put("page", selected.get());
        }
        for (Page p : pages) {
            Map<String, String> parameters = p.saveParameters();
            if (!(launch.presetId() != null && p.id().equals(launch.page()) && parameters.equals(launchParameters))) {
                settings.putSection("page." + p.id(), parameters);
            }
        }
        try {
            settings.save();
        } catch (IOException | RuntimeException e) {
            window.showError(I18n.get("settings.saveFailed", settings.file(), e.getMessage()));
        }
    }

    /** The window is closing: remember, then stop every run and clock. */
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
        // Each step on its own: whatever fails, every run and clock is still stopped.
        stopSafely(this::saveSettings);
        stopSafely(this::leaveCompare);
        stopSafely(window::dispose);
        for (Page p : pages) {
            stopSafely(p.model()::dispose);
        }
    }

    private static void stopSafely(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            Crashes.log(Thread.currentThread(), e);
        }
    }
}
