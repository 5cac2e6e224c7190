package gopatterns.ui.shell;

import gopatterns.event.GoEvent;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Fxml;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.PopupPlacement;
import gopatterns.ui.common.RunTimeline;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.common.TransportBar;
import gopatterns.ui.record.RecordDialog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.Parent;
import atlantafx.base.theme.Styles;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.util.Subscription;
import org.controlsfx.control.PopOver;

/**
 * The main window's nodes: menu, shared transport bar and presets, one tab per page, the explain panel and
 * the status bar. Built from the {@link Shell}'s state, and built again when the language changes.
 */
public final class MainWindow extends BorderPane {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    @FXML private TransportBar transportBar;
    @FXML private RunTimeline timeline;
    @FXML private ComboBox<Preset> presetBox;
    @FXML private HBox pageSwitch;
    @FXML private StackPane contentStack;
    @FXML private Label explainTitle;
    @FXML private Label explainText;
    @FXML private Label statusTime;
    @FXML private Label statusSpeed;
    @FXML private Label statusState;
    @FXML private Label statusMessage;
    @FXML private RadioMenuItem themeLight;
    @FXML private RadioMenuItem themeDark;
    @FXML private RadioMenuItem themeProjector;
    @FXML private RadioMenuItem languageEnglish;
    @FXML private RadioMenuItem languageChinese;

    private final Shell shell;
    private final List<Parent> views = new ArrayList<>();
    private final ToggleGroup pageToggles = new ToggleGroup();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Subscription pageSubscription = Subscription.EMPTY;
    private HelpOverlay help;
    private PopOver legend;
    private boolean choosingPreset;
    /** The preset whose "what to watch" the explanation line shows until the run's first event, or null. */
    private Preset watching;
    /** The status message, kept as words to say again in another language; null for none. */
    private Status status;
    /** The preset last chosen on each page, by page id: the box shows it, a language switch keeps it. */
    private final Map<String, String> chosen = new HashMap<>();

    /** A status message: how to word it in the current language, and whether it reports a failure. */
    private record Status(Supplier<String> text, boolean error, String page) {}

    MainWindow(Shell shell) {
        this.shell = shell;
        setId("mainWindow");
        Fxml.loadRoot(this);
        // A view that cannot fit is cut at its own edge, never drawn over the explanation and status bars.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(contentStack.widthProperty());
        clip.heightProperty().bind(contentStack.heightProperty());
        contentStack.setClip(clip);
        List<Page> pages = shell.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            views.add(null); // built when the page is first shown: a start builds only the page it opens on
            ToggleButton button = new ToggleButton(page.title());
            button.setId("page-" + page.id());
            button.setToggleGroup(pageToggles);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(pages.size() == 1 ? "" : i == 0 ? Styles.LEFT_PILL
                    : i == pages.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            int index = i;
            button.setOnAction(e -> {
                shell.selectPage(index);
                // A toggle group lets the pressed button go up again; the page shown stays selected.
                button.setSelected(true);
            });
            pageSwitch.getChildren().add(button);
        }
        subscriptions.add(shell.selectedProperty().subscribe(i -> {
            pageToggles.selectToggle(pageToggles.getToggles().get(i.intValue()));
            contentStack.getChildren().setAll(view(i.intValue()));
            closeHelp();
            showPage(shell.page());
        }));
        subscriptions.add(shell.themeProperty().subscribe(t -> {
            themeLight.setSelected(t == Theme.LIGHT);
            themeDark.setSelected(t == Theme.DARK);
            themeProjector.setSelected(t == Theme.PROJECTOR);
        }));
        languageEnglish.setSelected(I18n.locale().getLanguage().equals("en"));
        languageChinese.setSelected(I18n.locale().getLanguage().equals("zh"));
        presetBox.setOnAction(e -> onPreset());
        // A rebuilt window (a language switch) says again what the one it replaces said, in the new words.
        MainWindow previous = shell.window();
        if (previous != null) {
            chosen.putAll(previous.chosen);
            status = previous.status;
            watching = previous.watching;
            showPresetChosen();
            if (status != null) {
                setMessage(status);
            }
            if (watching != null && shell.page().explainedEventProperty().getValue() == null) {
                showExplanation(I18n.get("preset.watch.title"), watching.watch());
            }
        } else {
            shell.takeLaunchPreset().ifPresent(this::showChosen);
        }
    }

    /**
     * The preset the box names: the one last chosen on this page while its parameters are still in effect,
     * else any preset whose parameters are the model's (the book's at first start), else none.
     */
    private Preset chosenPreset() {
        String id = chosen.get(shell.page().id());
        List<Preset> presets = shell.page().presets();
        return presets.stream().filter(p -> p.id().equals(id) && p.isInEffect()).findFirst()
                .or(() -> presets.stream().filter(Preset::isInEffect).findFirst())
                .orElse(null);
    }

    /** The shell left {@code page} while its run went on, and reset it: the status bar says so. */
    void runStoppedByLeaving(Page left) {
        setMessage(new Status(() -> I18n.get("status.leftRun", left.title()), false, shell.page().id()));
    }

    /**
     * The box's face shows the preset last chosen on this page, or the prompt. The box itself keeps no value,
     * so that choosing the same preset again is a choice too, and restores its parameters.
     */
    private void showPresetChosen() {
        Preset p = chosenPreset();
        presetBox.setPromptText(p != null ? p.title() : I18n.get("preset.prompt"));
        // A combo box whose value went back to null leaves its face empty: a cell of our own says it.
        presetBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(item != null && !empty ? item.title() : presetBox.getPromptText());
            }
        });
    }

    private Parent view(int index) {
        if (views.get(index) == null) {
            views.set(index, shell.pages().get(index).createView());
        }
        return views.get(index);
    }

    /** A preset chosen before the window was built (a launch option): shown as chosen, with what to watch. */
    private void showChosen(Preset p) {
        chosen.put(shell.page().id(), p.id());
        watching = p;
        showPresetChosen();
        showExplanation(I18n.get("preset.watch.title"), p.watch());
    }

    /** Binds the shared bar, presets, explanations and status to the page shown. */
    private void showPage(Page page) {
        pageSubscription.unsubscribe();
        SimulationModel<?> m = page.model();
        transportBar.setModel(m);
        timeline.setModel(m);
        choosingPreset = true;
        presetBox.getItems().setAll(page.presets());
        presetBox.getSelectionModel().clearSelection();
        choosingPreset = false;
        showPresetChosen();
        // The status and "what to watch" of another page do not follow to this one.
        if (status != null && !status.page().equals(page.id())) {
            setMessage(null);
        }
        if (watching != null && page.presets().stream().noneMatch(x -> x.id().equals(watching.id()))) {
            watching = null;
        }
        Subscription time = m.timeProperty().subscribe(t ->
                statusTime.setText(I18n.get("status.time", TransportBar.secondsDigits(t))));
        Subscription speed = m.speedProperty().subscribe(s ->
                statusSpeed.setText(I18n.get("status.speed", String.format(Locale.ROOT, "%.1f", s.doubleValue()))));
        Runnable state = () -> statusState.setText(stateText(page, m));
        Subscription ended = m.timeProperty().subscribe(state);
        Subscription running = m.runningProperty().subscribe(state);
        Subscription started = m.startedProperty().subscribe(state);
        Subscription paused = m.pausedProperty().subscribe(state);
        Subscription failure = m.failureProperty().subscribe(f -> {
            if (!f.isEmpty()) {
                setMessage(new Status(() -> I18n.get("status.runFailed", f), true, page.id()));
            }
        });
        Subscription explain = page.explainedEventProperty().subscribe(e -> explain(page, e));
        pageSubscription = Subscription.combine(time, speed, ended, running, started, paused, failure, explain);
    }

    /** Running, paused, ready, or when the run ended: the time shown stops there too. */
    private static String stateText(Page page, SimulationModel<?> m) {
        if (m.isRunning()) {
            return I18n.get(m.pausedProperty().get() ? "status.paused" : "status.running");
        }
        return m.startedProperty().get()
                ? page.endedState(TransportBar.secondsDigits(m.endedAfter()))
                : I18n.get("status.idle");
    }

    private void explain(Page page, GoEvent event) {
        if (event == null) {
            if (watching == null) {
                showExplanation(I18n.get("explain.title"), I18n.get("explain.idle"));
            }
        } else {
            watching = null;
            // An event with no explanation of its own (a worker done only echoes its release) leaves the line to
            // the newest one that has one: which event came last in a frame must not decide what the line says.
            page.explain(event).or(() -> page.model().newest(page::explain))
                    .ifPresent(text -> showExplanation(I18n.get("explain.title"), text));
        }
    }

    private void showExplanation(String title, String text) {
        explainTitle.setText(title);
        explainText.setText(text);
    }

    private void onPreset() {
        Preset p = presetBox.getValue();
        if (choosingPreset || p == null) {
            return;
        }
        shell.model().reset();
        p.apply().run();
        chosen.put(shell.page().id(), p.id());
        // What to watch stays in the explanation line until the run's first event.
        watching = p;
        showExplanation(I18n.get("preset.watch.title"), p.watch());
        setMessage(new Status(() -> I18n.get("preset.applied", p.title()), false, shell.page().id()));
        // The box keeps no value (its face shows the chosen preset): the same one can be chosen again.
        Platform.runLater(() -> {
            choosingPreset = true;
            presetBox.getSelectionModel().clearSelection();
            choosingPreset = false;
            showPresetChosen();
        });
    }

    // ---------------------------------------------------------------- help and legend

    void toggleHelp() {
        if (help != null) {
            closeHelp();
            return;
        }
        help = new HelpOverlay(shell.shortcuts(), this::closeHelp);
        contentStack.getChildren().add(help);
    }

    void closeHelp() {
        if (help != null) {
            contentStack.getChildren().remove(help);
            help = null;
        }
    }

    boolean isHelpShown() {
        return help != null;
    }

    @FXML
    private void onHelp() {
        toggleHelp();
    }

    @FXML
    private void onLegend(ActionEvent e) {
        if (legend != null && legend.isShowing()) {
            legend.hide();
            return;
        }
        Node content = shell.page().createLegend();
        legend = new PopOver(content);
        legend.setTitle(I18n.get("legend.title"));
        legend.setHeaderAlwaysVisible(true);
        PopupPlacement.show(legend, (Node) e.getSource());
    }

    @FXML
    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, I18n.get("about.text"));
        about.setHeaderText(I18n.get("app.title"));
        about.initOwner(getScene().getWindow());
        about.show();
    }

    // ---------------------------------------------------------------- menus

    @FXML
    private void onTheme(ActionEvent e) {
        shell.setTheme(Theme.valueOf((String) ((RadioMenuItem) e.getSource()).getUserData()));
    }

    @FXML
    private void onLanguage(ActionEvent e) {
        String tag = (String) ((RadioMenuItem) e.getSource()).getUserData();
        // Rebuilding the window from inside its own menu's handler: let the menu close first.
        Platform.runLater(() -> shell.setLocale(Locale.forLanguageTag(tag)));
    }

    @FXML
    private void onFullScreen() {
        shell.toggleFullScreen();
    }

    @FXML
    private void onQuit() {
        shell.stage().close();
    }

    @FXML
    private void onSaveTrace() {
        File f = choose("trace.jsonl", "export.trace.filter", "*.jsonl");
        if (f != null) {
            exportTrace(f.toPath());
        }
    }

    @FXML
    private void onSaveLog() {
        File f = choose("go.log", "export.log.filter", "*.log", "*.txt");
        if (f != null) {
            exportLog(f.toPath());
        }
    }

    @FXML
    private void onSavePicture() {
        File f = choose("gopatterns.png", "export.picture.filter", "*.png");
        if (f != null) {
            exportPicture(f.toPath());
        }
    }

    @FXML
    private void onRecord() {
        // The preset box keeps no value once a preset is applied: the chosen one is kept per page.
        RecordDialog.show(getScene().getWindow(), shell.page(), chosenPreset(),
                shell.themeProperty().get().stylesheets(), getScene().getStylesheets());
    }

    private File choose(String name, String filterKey, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(shell.page().id() + "-" + name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get(filterKey), patterns));
        return chooser.showSaveDialog(getScene().getWindow());
    }

    // ---------------------------------------------------------------- export (what the menus do once a file is chosen)

    /** Writes the event trace of the page shown as JSON Lines. */
    public boolean exportTrace(Path target) {
        List<? extends GoEvent> events = shell.model().history();
        return export(target, () -> Exporter.writeTrace(events, target));
    }

    /** Writes the Go log of the page shown. */
    public boolean exportLog(Path target) {
        List<SimulationModel.LogLine> lines = List.copyOf(shell.model().log());
        return export(target, () -> Exporter.writeLog(lines, target));
    }

    /** Writes a PNG of the page shown. */
    public boolean exportPicture(Path target) {
        Node view = view(shell.selectedProperty().get());
        return export(target, () -> Exporter.writePicture(view, target));
    }

    private interface Export {
        void run() throws IOException;
    }

    private boolean export(Path target, Export export) {
        try {
            export.run();
            setMessage(new Status(() -> I18n.get("export.saved", target), false, shell.page().id()));
            return true;
        } catch (IOException | RuntimeException e) {
            // The path as the user chose it and the reason in words: never the hidden file written beside it.
            showError(I18n.get("export.failed", target, SaveFailure.reason(target, e)));
            return false;
        }
    }

    // ---------------------------------------------------------------- status line

    /** Shows a failure in the status bar, in the window, never as a stack trace. */
    public void showError(String message) {
        setMessage(new Status(() -> message, true, shell.page().id()));
    }

    /** Shows {@code s} in the status bar; null clears it. */
    private void setMessage(Status s) {
        status = s;
        statusMessage.setText(s == null ? "" : s.text().get());
        statusMessage.pseudoClassStateChanged(ERROR, s != null && s.error());
    }

    public Label statusMessage() {
        return statusMessage;
    }

    /** Lets go of the models: this window is being replaced or closed. */
    void dispose() {
        pageSubscription.unsubscribe();
        subscriptions.forEach(Subscription::unsubscribe);
        if (legend != null) {
            legend.hide();
        }
    }
}
