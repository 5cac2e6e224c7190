package gopatterns.ui.shell;

import static gopatterns.ui.common.Controls.icon;
import static gopatterns.ui.common.Controls.labelled;
import static gopatterns.ui.common.Controls.styled;
import static gopatterns.ui.common.Controls.text;
import static gopatterns.ui.common.Controls.verticalScroll;
import static gopatterns.ui.common.Controls.wholeWidth;

import gopatterns.event.GoEvent;
import gopatterns.event.TraceException;
import gopatterns.event.TraceReader;
import gopatterns.ui.I18n;
import gopatterns.ui.compare.ComparePage;
import gopatterns.ui.compare.CompareModel;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.PopupPlacement;
import gopatterns.ui.common.RunTimeline;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.common.TransportBar;
import gopatterns.ui.lanes.LanesView;
import gopatterns.ui.record.RecordDialog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Parent;
import atlantafx.base.theme.Styles;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.stage.FileChooser;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.controlsfx.control.PopOver;

/**
 * The main window's nodes: menu, shared transport bar and presets, one tab per page, the explain panel and
 * the status bar. Built from the {@link Shell}'s state, and built again when the language changes.
 */
public final class MainWindow extends BorderPane {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    /** Measures two lines of the explanation's text (see twoLinesHigh): one node, reused as the text changes. */
    private final Text probe = new Text();
    private final TransportBar transportBar = styled(new TransportBar(), "transportBar");
    private final RunTimeline timeline = new RunTimeline();
    private final ComboBox<Preset> presetBox = styled(new ComboBox<>(), "presetBox");
    private final HBox pageSwitch = styled(new HBox(), "pageSwitch", "page-switch");
    private final StackPane contentStack = styled(new StackPane(), "contentStack");
    private final Label explainTitle = styled(text("explain.title", "explain-title"), "explainTitle");
    private final Label explainText = styled(new Label(), "explainText", "explain-text");
    private final Label statusTime = styled(new Label(), "statusTime", "status-time");
    private final Label statusSpeed = styled(new Label(), "statusSpeed", "status-speed");
    private final Label statusState = styled(new Label(), "statusState");
    private final Label statusMessage = styled(new Label(), "statusMessage", "status-message");
    private final RadioMenuItem themeLight = themeItem("themeLight", "theme.light", Theme.LIGHT);
    private final RadioMenuItem themeDark = themeItem("themeDark", "theme.dark", Theme.DARK);
    private final RadioMenuItem themeProjector = themeItem("themeProjector", "theme.projector", Theme.PROJECTOR);
    // Each language in its own words, whatever the language shown.
    private final RadioMenuItem languageEnglish = languageItem("languageEnglish", "English", "en");
    private final RadioMenuItem languageChinese = languageItem("languageChinese", "简体中文", "zh-CN");
    private final CheckMenuItem lanesItem = item(new CheckMenuItem(), "lanesItem", "menu.view.lanes", null);
    private final Menu viewMenu = item(new Menu(), "viewMenu", "menu.view", null);
    private final Menu compareMenu = item(new Menu(), "compareMenu", "menu.view.compare", null);
    private final Button compareButton = labelled(new Button(), "compareButton", "compare.button",
            "mdi2c-compare-horizontal", "compare.button.tip");
    private final MenuItem recordItem = item(new MenuItem(), "recordItem", "menu.file.record", this::onRecord);

    private final Shell shell;
    private final List<Parent> views = new ArrayList<>();
    /** Each page's goroutine lanes, built when first shown. */
    private final Map<Integer, LanesView> lanes = new HashMap<>();
    private final ToggleGroup pageToggles = new ToggleGroup();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Subscription pageSubscription = Subscription.EMPTY;
    private HelpOverlay help;
    private PopOver legend;
    private final PredictView predictView;
    private boolean choosingPreset;
    /** The explanation line's title and text, shown or held back while a prediction is open. */
    private String[] explained = {"", ""};
    /** Shows the held-back explanation again when a prediction is revealed or put away. */
    private Subscription predictPhase = Subscription.EMPTY;
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
        getStyleClass().add("main-window");
        setTop(new VBox(menuBar(), toolbar()));
        // No minimum size: the window never grows past the screen for the view's sake (menu and status bars
        // stay inside); the view reflows or scrolls in what is left.
        contentStack.setMinSize(0, 0);
        setCenter(contentStack);
        setBottom(new VBox(explainPanel(), statusBar()));
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
        subscriptions.add(shell.selectedProperty().subscribe(i -> showSelected()));
        lanesItem.selectedProperty().bindBidirectional(shell.lanesShownProperty());
        subscriptions.add(shell.lanesShownProperty().subscribe(this::showContent));
        subscriptions.add(shell.themeProperty().subscribe(t -> {
            themeLight.setSelected(t == Theme.LIGHT);
            themeDark.setSelected(t == Theme.DARK);
            themeProjector.setSelected(t == Theme.PROJECTOR);
        }));
        languageEnglish.setSelected(I18n.locale().getLanguage().equals("en"));
        languageChinese.setSelected(I18n.locale().getLanguage().equals("zh"));
        presetBox.setOnAction(e -> onPreset());
        // The box sits at the window's right edge: its list must not run past it, nor past the screen's.
        presetBox.setOnShown(e -> Platform.runLater(this::keepPresetListInside));
        acceptDroppedTraces();
        predictView = installPredict();
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

    // ---------------------------------------------------------------- building

    private MenuBar menuBar() {
        Menu file = item(new Menu(), null, "menu.file", null);
        file.getItems().addAll(item(new MenuItem(), "openTraceItem", "menu.file.openTrace", this::onOpenTrace),
                item(new MenuItem(), "saveTraceItem", "menu.file.saveTrace", this::onSaveTrace),
                item(new MenuItem(), "saveLogItem", "menu.file.saveLog", this::onSaveLog),
                item(new MenuItem(), "savePictureItem", "menu.file.savePicture", this::onSavePicture),
                recordItem, new SeparatorMenuItem(),
                item(new MenuItem(), null, "menu.file.quit", () -> shell.stage().close()));
        Menu theme = item(new Menu(), null, "menu.view.theme", null);
        theme.getItems().addAll(themeLight, themeDark, themeProjector);
        new ToggleGroup().getToggles().addAll(themeLight, themeDark, themeProjector);
        viewMenu.getItems().addAll(item(new MenuItem(), "fullScreenItem", "menu.view.fullScreen",
                shell::toggleFullScreen), lanesItem, compareMenu, new SeparatorMenuItem(), theme);
        Menu language = item(new Menu(), null, "menu.language", null);
        language.getItems().addAll(languageEnglish, languageChinese);
        new ToggleGroup().getToggles().addAll(languageEnglish, languageChinese);
        languageChinese.getStyleClass().add("cjk-text");
        Menu help = item(new Menu(), null, "menu.help", null);
        help.getItems().addAll(item(new MenuItem(), null, "menu.help.shortcuts", this::toggleHelp),
                item(new MenuItem(), null, "menu.help.about", this::onAbout));
        return styled(new MenuBar(file, viewMenu, language, help), "menuBar");
    }

    /** A menu item of message {@code key} that does {@code action} (none for null). */
    private static <T extends MenuItem> T item(T item, String id, String key, Runnable action) {
        item.setId(id);
        item.setText(I18n.get(key));
        if (action != null) {
            item.setOnAction(e -> action.run());
        }
        return item;
    }

    private RadioMenuItem themeItem(String id, String key, Theme theme) {
        return item(new RadioMenuItem(), id, key, () -> shell.setTheme(theme));
    }

    private RadioMenuItem languageItem(String id, String name, String tag) {
        RadioMenuItem item = new RadioMenuItem(name);
        item.setId(id);
        // Rebuilding the window from inside its own menu's handler: let the menu close first.
        item.setOnAction(e -> Platform.runLater(() -> shell.setLocale(Locale.forLanguageTag(tag))));
        return item;
    }

    /** Page switch, transport bar over the run's timeline, and presets. */
    private HBox toolbar() {
        pageSwitch.setAlignment(Pos.CENTER_LEFT);
        transportBar.setMaxWidth(Double.POSITIVE_INFINITY);
        transportBar.setStyle("-fx-padding: 0 4 0 4;");
        // The run's timeline right under the transport buttons, in the same row: the view keeps its height.
        VBox transport = new VBox(transportBar, timeline);
        transport.setAlignment(Pos.CENTER_LEFT);
        transport.setMaxWidth(Double.POSITIVE_INFINITY);
        HBox.setHgrow(transport, Priority.ALWAYS);
        presetBox.setPromptText(I18n.get("preset.prompt"));
        // As wide as its longest story, never cut: the transport bar gives way (its overflow menu) first.
        wholeWidth(presetBox);
        HBox bar = row(8, pageSwitch, transport, wholeWidth(text("preset.label", "preset-label")), presetBox);
        bar.getStyleClass().add("shell-toolbar");
        return bar;
    }

    /** The explanation of the latest event, and the button that opens the chosen preset's contrast. */
    private HBox explainPanel() {
        explainText.setWrapText(true);
        explainText.setMaxWidth(Double.POSITIVE_INFINITY);
        explainText.setMinHeight(Region.USE_PREF_SIZE);
        // At most two lines high: a longer explanation scrolls and leaves the views their room.
        ScrollPane scroll = verticalScroll(explainText, "explain-scroll");
        // The panel as high as the wrapped text up to two lines: a scroll pane alone asks for one line's height.
        scroll.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(scroll.getMaxHeight(), explainText.prefHeight(scroll.getViewportBounds().getWidth())),
                scroll.maxHeightProperty(), scroll.viewportBoundsProperty(), explainText.textProperty(),
                explainText.fontProperty()));
        scroll.setFocusTraversable(false);
        InvalidationListener twoLines = o -> scroll.setMaxHeight(twoLinesHigh(explainText));
        explainText.textProperty().addListener(twoLines);
        explainText.fontProperty().addListener(twoLines);
        twoLines.invalidated(null);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        // Shown while the chosen preset has a contrast: one click sets the two side by side.
        compareButton.setOnAction(e -> onCompare());
        HBox panel = row(8, icon("mdi2l-lightbulb-on-outline", "explain-icon"), wholeWidth(explainTitle), scroll,
                wholeWidth(compareButton));
        panel.setAlignment(Pos.TOP_LEFT);
        return styled(panel, "explainPanel", "explain-panel");
    }

    /**
     * The height in px of two lines of {@code label}'s text: each line as high as the text's tallest glyphs
     * (a Chinese line with English words in it is taller than one in one font), plus the label's padding.
     */
    private double twoLinesHigh(Label label) {
        probe.setText(label.getText() + "\n" + label.getText());
        probe.setFont(label.getFont());
        probe.setLineSpacing(label.getLineSpacing());
        probe.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a label measures its text
        return Math.ceil(probe.getLayoutBounds().getHeight() + label.snappedTopInset() + label.snappedBottomInset());
    }

    private HBox statusBar() {
        // A long message wraps onto a second line rather than being cut.
        statusMessage.setWrapText(true);
        statusMessage.setMinSize(0, Region.USE_PREF_SIZE);
        statusMessage.setMaxWidth(Double.POSITIVE_INFINITY);
        HBox.setHgrow(statusMessage, Priority.ALWAYS);
        Button legendButton = flatButton("legendButton", "legend.button", "mdi2p-palette-outline");
        legendButton.setOnAction(this::onLegend);
        Button helpButton = flatButton("helpButton", "help.button", "mdi2k-keyboard-outline");
        helpButton.setOnAction(e -> toggleHelp());
        HBox bar = row(16, wholeWidth(statusTime), wholeWidth(statusSpeed), wholeWidth(statusState), statusMessage,
                legendButton, helpButton);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Button flatButton(String id, String key, String iconLiteral) {
        return wholeWidth(styled(new Button(I18n.get(key), icon(iconLiteral)), id, "flat"));
    }

    /** A row of {@code nodes}, centred vertically, {@code spacing} pixels apart. */
    private static HBox row(double spacing, Node... nodes) {
        HBox row = new HBox(spacing, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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

    /** The preset whose parameters are in effect on the page shown, if any: the one Predict first asks about. */
    Optional<Preset> presetInEffect() {
        return Optional.ofNullable(chosenPreset());
    }

    /**
     * View → Predict first and teacher mode; the question's card over the view and its bar under the toolbar.
     * Start (button or Space) asks the question first while it is on.
     */
    private PredictView installPredict() {
        PredictFirst predict = shell.predict();
        CheckMenuItem on = new CheckMenuItem(I18n.get("menu.view.predictFirst"));
        on.setId("predictFirstItem");
        on.selectedProperty().bindBidirectional(predict.enabledProperty());
        CheckMenuItem room = new CheckMenuItem(I18n.get("menu.view.teacherMode"));
        room.setId("teacherModeItem");
        room.selectedProperty().bindBidirectional(predict.teacherProperty());
        viewMenu.getItems().addAll(new SeparatorMenuItem(), on, room);
        // The bar's Start button (its skin is not built yet): caught on the way to it.
        transportBar.addEventFilter(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Node n && "startButton".equals(n.getId()) && offerPrediction(shell.model())) {
                e.consume();
            }
        });
        explained = new String[] {explainTitle.getText(), explainText.getText()};
        predictPhase = predict.phaseProperty().subscribe(p -> showExplanation(explained[0], explained[1]));
        return new PredictView(predict, contentStack, (VBox) getTop());
    }

    /**
     * A Start with Predict first on: true when its question takes over. Settings no preset has (a slider moved off
     * a story's value) have no question: the run starts as usual and the status bar says why nothing was asked.
     */
    boolean offerPrediction(SimulationModel<?> m) {
        if (shell.predict().offerStart(m, presetInEffect())) {
            return true;
        }
        if (shell.predict().enabledProperty().get() && shell.comparing().isEmpty()) {
            // after the start, whose new run clears the status bar's last message
            Platform.runLater(() -> setMessage(new Status(() -> I18n.get("predict.noQuestion"), false,
                    shell.page().id())));
        }
        return false;
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
        showCompareEntries();
        Preset p = chosenPreset();
        String face = p != null ? p.title() : I18n.get("preset.prompt");
        if (face.equals(presetBox.getPromptText()) && presetBox.getButtonCell() != null) {
            return; // a slider's every step asks; the face changes only when the preset in effect does
        }
        presetBox.setPromptText(face);
        // A combo box whose value went back to null leaves its face empty: a cell of our own says it.
        presetBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(item != null && !empty ? item.title() : presetBox.getPromptText());
            }
        });
    }

    // ---------------------------------------------------------------- goroutine lanes

    /** The page's view, or its goroutine lanes instead while View → Goroutine lanes is on. */
    private void showContent() {
        closeHelp();
        contentStack.getChildren().setAll(content());
    }

    private Parent content() {
        if (shell.comparing().isPresent()) {
            return shell.page().createView();
        }
        int index = shell.selectedProperty().get();
        return shell.lanesShownProperty().get()
                ? lanes.computeIfAbsent(index, i -> new LanesView(shell.pages().get(i).model()))
                : view(index);
    }

    private Parent view(int index) {
        if (views.get(index) == null) {
            views.set(index, shell.pages().get(index).createView());
        }
        return views.get(index);
    }

    /** Shows the selected page, or compare mode when it is open, and binds the bars to it. */
    void showSelected() {
        int i = shell.selectedProperty().get();
        pageToggles.selectToggle(pageToggles.getToggles().get(i));
        showContent();
        showPage(shell.page());
    }

    /** Compare mode has opened, with {@code pair} (or the page's parameters on both sides, for null). */
    void showCompare(Preset pair) {
        showSelected();
        if (pair != null) {
            pair.apply().run();
            showChosen(pair);
        } else {
            watching = null;
            showExplanation(I18n.get("preset.watch.title"), I18n.get("compare.same"));
        }
    }

    /** The View menu's pairs of the page shown, and the button that opens the chosen preset's contrast. */
    private void showCompareEntries() {
        boolean comparing = shell.comparing().isPresent();
        recordItem.setDisable(comparing);
        compareMenu.getItems().clear();
        Page source = shell.pages().get(shell.selectedProperty().get());
        for (String name : ComparePage.pairNames(source)) {
            MenuItem item = new MenuItem(I18n.get("preset.compare." + name));
            item.setOnAction(e -> shell.compare(name));
            compareMenu.getItems().add(item);
        }
        MenuItem same = new MenuItem(I18n.get("compare.same"));
        same.setOnAction(e -> shell.compare(null));
        compareMenu.getItems().add(same);
        Preset p = chosenPreset();
        boolean contrast = !comparing && p != null && ComparePage.pairNameFor(source, p.id()).isPresent();
        compareButton.setVisible(contrast);
        compareButton.setManaged(contrast);
    }

    /** Opens compare mode with the chosen preset's contrast. */
    private void onCompare() {
        Preset p = chosenPreset();
        shell.compare(p == null ? null : ComparePage.pairNameFor(shell.page(), p.id()).orElse(null));
    }

    /** A preset chosen before the window was built (a launch option): shown as chosen, with what to watch. */
    private void showChosen(Preset p) {
        chosen.put(shell.page().id(), p.id());
        // What to watch stays in the explanation line until the run's first event.
        watching = p;
        showPresetChosen();
        showExplanation(I18n.get("preset.watch.title"), p.watch());
        // Chosen in the box, by --preset or with a contrast: the status bar names it alike.
        setMessage(new Status(() -> I18n.get("preset.applied", p.title()), false, shell.page().id()));
    }

    /**
     * Moves the preset box's open list leftward as far as it sticks out of the window or the screen, so that it
     * opens right-aligned to them, its border whole. Only sideways: it stays under the box.
     */
    private void keepPresetListInside() {
        if (!(presetBox.getSkin() instanceof ComboBoxListViewSkin<?> skin)
                || !(skin.getPopupContent().getScene().getWindow() instanceof PopupWindow popup)
                || popup.getOwnerWindow() == null) {
            return;
        }
        Node list = skin.getPopupContent();
        Window owner = popup.getOwnerWindow();
        Bounds b = list.localToScreen(list.getBoundsInLocal());
        Rectangle2D screen = PopupPlacement.screenOf(b);
        double left = Math.max(screen.getMinX(), owner.getX());
        double right = Math.min(screen.getMaxX(), owner.getX() + owner.getWidth());
        double x = PopupPlacement.inside(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()),
                new Rectangle2D(left, b.getMinY(), right - left, b.getHeight())).getX();
        popup.setX(popup.getX() + x - b.getMinX());
    }

    /** Binds the shared bar, presets, explanations and status to the page shown. */
    private void showPage(Page page) {
        pageSubscription.unsubscribe();
        SimulationModel<?> m = page.model();
        transportBar.setModel(m);
        // Compare mode's pair has one playhead for both sides, its timeline a band for each.
        timeline.setModel(m);
        choosingPreset = true;
        presetBox.getItems().setAll(page.presets());
        presetBox.getSelectionModel().clearSelection();
        choosingPreset = false;
        // A combo box's list is never narrower than the box already is: without this the box would keep the
        // width of a page's longer stories on a page with shorter ones, and squeeze the transport bar for good.
        presetBox.resize(0, presetBox.getHeight());
        presetBox.requestLayout();
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
        state.run(); // "Ready" from the first window on: the subscriptions below only answer changes
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
        // A new run makes the last message old news ("Press Start", a file that could not be opened).
        Subscription newRun = m.runNumberProperty().subscribe((before, now) -> setMessage(null));
        // A slider moved off a preset's value (the timeout, say): the box no longer names that preset.
        javafx.beans.InvalidationListener presetFace = o -> showPresetChosen();
        m.parameterProperties().forEach(o -> o.addListener(presetFace));
        Subscription parameters = () -> m.parameterProperties().forEach(o -> o.removeListener(presetFace));
        pageSubscription = Subscription.combine(time, speed, ended, running, started, paused, failure, explain, newRun,
                parameters);
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
            SimulationModel<?> m = page.model();
            if (m.startedProperty().get() && !m.liveProperty().get()) {
                // The playhead at a run's start (Home): the run is there to step through, not to be started.
                showExplanation(I18n.get("explain.title"), I18n.get("explain.reviewStart"));
            } else if (watching == null) {
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
        explained = new String[] {title, text};
        // Until Predict first's answer is revealed, the line would give it away: it waits, and says so.
        PredictFirst.Phase phase = shell.predict().phase();
        boolean open = phase == PredictFirst.Phase.ASKING || phase == PredictFirst.Phase.RUNNING
                || phase == PredictFirst.Phase.DECIDED;
        explainTitle.setText(open ? I18n.get("predict.explainTitle") : title);
        // Asked: the class is still choosing; once the answer is locked in, the line says why it stays quiet.
        String hidden = phase == PredictFirst.Phase.ASKING ? "predict.explainHidden" : "predict.explainLocked";
        explainText.setText(open ? I18n.get(hidden) : text);
    }

    private void onPreset() {
        Preset p = presetBox.getValue();
        if (choosingPreset || p == null) {
            return;
        }
        shell.predict().close(); // its question was another preset's
        shell.model().reset();
        p.apply().run();
        showChosen(p);
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

    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, I18n.get("about.text"));
        about.setHeaderText(I18n.get("app.title"));
        about.initOwner(getScene().getWindow());
        about.show();
    }

    // ---------------------------------------------------------------- menus

    private void onSaveTrace() {
        File f = choose("trace.jsonl", "export.trace.filter", "*.jsonl");
        if (f != null) {
            exportTrace(f.toPath());
        }
    }

    private void onOpenTrace() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("export.trace.filter"), "*.jsonl"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            openTrace(f.toPath());
        }
    }

    private void onSaveLog() {
        File f = choose("go.log", "export.log.filter", "*.log", "*.txt");
        if (f != null) {
            exportLog(f.toPath());
        }
    }

    private void onSavePicture() {
        File f = choose("gopatterns.png", "export.picture.filter", "*.png");
        if (f != null) {
            exportPicture(f.toPath());
        }
    }

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

    /** Writes the event trace of the page shown as JSON Lines, as the command line's {@code --trace} does. */
    public boolean exportTrace(Path target) {
        if (shell.page() instanceof ComparePage<?, ?> c) {
            return exportSides(c, target, (side, path) -> {
                TraceFiles.Saved run = TraceFiles.saved(side);
                Exporter.writeTrace(run.header(), run.events(), path);
            });
        }
        TraceFiles.Saved run = TraceFiles.saved(shell.model());
        return export(target, () -> Exporter.writeTrace(run.header(), run.events(), target));
    }

    private interface SideExport {
        void write(SimulationModel<?> side, Path target) throws IOException;
    }

    /** Compare mode: one file a side, each a whole run of its own, named {@code name-left.ext}, {@code name-right.ext}. */
    private boolean exportSides(ComparePage<?, ?> c, Path target, SideExport export) {
        Path left = sided(target, CompareModel.Side.LEFT);
        Path right = sided(target, CompareModel.Side.RIGHT);
        SimulationModel<?> a = c.model().left();
        SimulationModel<?> b = c.model().right();
        return export(left, () -> {
            export.write(a, left);
            export.write(b, right);
        }) && showSaved(I18n.get("compare.saved", left, right));
    }

    /** {@code target} with the side's name before its extension: {@code runner-trace-left.jsonl}. */
    static Path sided(Path target, CompareModel.Side side) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String suffix = "-" + side.name().toLowerCase(Locale.ROOT);
        return target.resolveSibling(dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix);
    }

    private boolean showSaved(String message) {
        setMessage(new Status(() -> message, false, shell.page().id()));
        return true;
    }

    /** Writes the Go log of the page shown. */
    public boolean exportLog(Path target) {
        if (shell.page() instanceof ComparePage<?, ?> c) {
            return exportSides(c, target, (side, path) -> Exporter.writeLog(List.copyOf(side.log()), path));
        }
        List<SimulationModel.LogLine> lines = List.copyOf(shell.model().log());
        return export(target, () -> Exporter.writeLog(lines, target));
    }

    /** Writes a PNG of the page shown (its lanes, while they are shown). */
    public boolean exportPicture(Path target) {
        Node view = contentStack.getChildren().getFirst();
        return export(target, () -> Exporter.writePicture(view, target));
    }

    // ---------------------------------------------------------------- open (a chosen or dropped trace)

    /**
     * Shows a trace file in review mode on its page, with the controls set to its run's parameters. A file that
     * is not a trace leaves everything as it was; the status bar says which line is wrong and why.
     *
     * @return whether the trace was opened
     */
    public boolean openTrace(Path file) {
        TraceReader.Trace<?, ?> trace;
        try {
            trace = TraceFiles.read(file);
        } catch (TraceException e) {
            // Worded again in another language, should the language change while it shows.
            setMessage(new Status(() -> cannotOpen(file, e), true, shell.page().id()));
            return false;
        }
        boolean controls = shell.openTrace(trace);
        showPresetChosen(); // the box names the preset whose parameters the trace has, if any
        String page = shell.page().id();
        setMessage(new Status(() -> I18n.get(controls ? "open.opened" : "open.openedOutOfRange", file), false, page));
        return true;
    }

    /** Why a trace cannot be opened, in words of the current language: the file, the line, the reason. */
    static String cannotOpen(Path file, TraceException e) {
        String reason = I18n.get("open.problem." + e.problem().name(), e.arguments().toArray());
        return e.line() > 0 ? I18n.get("open.failedAtLine", file, Integer.toString(e.line()), reason)
                : I18n.get("open.failed", file, reason);
    }

    /** A file dragged over the window may be dropped on it: it is opened as a trace. */
    private void acceptDroppedTraces() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty() && openTrace(files.getFirst().toPath()));
            e.consume();
        });
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
        lanesItem.selectedProperty().unbindBidirectional(shell.lanesShownProperty());
        predictView.dispose();
        predictPhase.unsubscribe();
        if (legend != null) {
            legend.hide();
        }
    }
}
