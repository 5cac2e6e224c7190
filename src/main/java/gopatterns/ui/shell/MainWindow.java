package gopatterns.ui.shell;

import gopatterns.event.GoEvent;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Fxml;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.PopupPlacement;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.common.TransportBar;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.Parent;
import atlantafx.base.theme.Styles;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
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
    private boolean watching;

    MainWindow(Shell shell) {
        this.shell = shell;
        setId("mainWindow");
        Fxml.loadRoot(this);
        List<Page> pages = shell.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            views.add(page.createView());
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
            contentStack.getChildren().setAll(views.get(i.intValue()));
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
    }

    /** Binds the shared bar, presets, explanations and status to the page shown. */
    private void showPage(Page page) {
        pageSubscription.unsubscribe();
        SimulationModel<?> m = page.model();
        transportBar.setModel(m);
        choosingPreset = true;
        presetBox.getItems().setAll(page.presets());
        presetBox.getSelectionModel().clearSelection();
        choosingPreset = false;
        Subscription time = m.timeProperty().subscribe(t ->
                statusTime.setText(I18n.get("status.time", TransportBar.secondsDigits(t))));
        Subscription speed = m.speedProperty().subscribe(s ->
                statusSpeed.setText(I18n.get("status.speed", String.format(Locale.ROOT, "%.1f", s.doubleValue()))));
        Runnable state = () -> statusState.setText(I18n.get(stateKey(m)));
        Subscription running = m.runningProperty().subscribe(state);
        Subscription started = m.startedProperty().subscribe(state);
        Subscription paused = m.pausedProperty().subscribe(state);
        Subscription failure = m.failureProperty().subscribe(f -> {
            if (!f.isEmpty()) {
                showError(I18n.get("status.runFailed", f));
            }
        });
        Subscription explain = m.lastEventProperty().subscribe(e -> explain(page, e));
        pageSubscription = Subscription.combine(time, speed, running, started, paused, failure, explain);
    }

    private static String stateKey(SimulationModel<?> m) {
        if (m.isRunning()) {
            return m.pausedProperty().get() ? "status.paused" : "status.running";
        }
        return m.startedProperty().get() ? "status.ended" : "status.idle";
    }

    private void explain(Page page, GoEvent event) {
        if (event == null) {
            if (!watching) {
                showExplanation(I18n.get("explain.title"), I18n.get("explain.idle"));
            }
        } else {
            watching = false;
            page.explain(event).ifPresent(text -> showExplanation(I18n.get("explain.title"), text));
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
        // What to watch stays in the explanation line until the run's first event.
        watching = true;
        showExplanation(I18n.get("preset.watch.title"), p.watch());
        setMessage(I18n.get("preset.applied", p.title()), false);
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
        Node view = views.get(shell.selectedProperty().get());
        return export(target, () -> Exporter.writePicture(view, target));
    }

    private interface Export {
        void run() throws IOException;
    }

    private boolean export(Path target, Export export) {
        try {
            export.run();
            setMessage(I18n.get("export.saved", target), false);
            return true;
        } catch (IOException | RuntimeException e) {
            showError(I18n.get("export.failed", target, e.getMessage()));
            return false;
        }
    }

    // ---------------------------------------------------------------- status line

    /** Shows a failure in the status bar, in the window, never as a stack trace. */
    public void showError(String message) {
        setMessage(message, true);
    }

    private void setMessage(String message, boolean error) {
        statusMessage.setText(message);
        statusMessage.pseudoClassStateChanged(ERROR, error);
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
