package gopatterns.ui.shell;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.I18n;
import gopatterns.ui.Screenshots;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.runner.RunnerPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on manual clocks with its settings in a folder of the test's own: move a clock, bring the
 * models up to date on the FX thread, then look at what the window shows.
 */
public final class ShellFixture {

    public final FxRobot robot;
    final Path configDir;
    final List<VirtualClock> clocks = new ArrayList<>();
    /** Every page of the window's list, each on a manual clock of its own. */
    private final List<Page> pages;
    public final RunnerModel runner;
    public final PoolModel pool;
    public Shell shell;
    public Stage stage;

    public ShellFixture(FxRobot robot, Path configDir) {
        this.robot = robot;
        this.configDir = configDir;
        this.pages = Lessons.createAll(this::clock);
        this.runner = model(RunnerModel.class);
        this.pool = model(PoolModel.class);
    }

    private <M> M model(Class<M> type) {
        return pages.stream().map(Page::model).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private VirtualClock clock() {
        VirtualClock c = VirtualClock.manual(Screenshots.EPOCH);
        clocks.add(c);
        return c;
    }

    List<Page> pages() {
        return pages;
    }

    /** Opens the main window on {@code stage}. FX thread. */
    public void show(Stage s) {
        show(s, LaunchRequest.REMEMBERED);
    }

    /** Opens the main window on {@code stage} as the command line's {@code launch} asks. FX thread. */
    public void show(Stage s, LaunchRequest launch) {
        I18n.localeProperty().set(I18n.ENGLISH);
        stage = s;
        shell = new Shell(s, pages(), new AppSettings(configDir), launch);
        s.setFullScreen(false);
        s.sizeToScene();
        s.show();
        s.requestFocus();
        shell.shown();
    }

    /**
     * Opens the window on {@code stage} as a user finds it on a screen of this size, theme and language, all
     * remembered in the settings in {@code config}. Not on the FX thread.
     */
    public static ShellFixture openOn(Stage stage, Path config, int width, int height, Theme theme, Locale locale)
            throws IOException {
        AppSettings settings = new AppSettings(config).load();
        settings.put("window.width", width);
        settings.put("window.height", height);
        settings.put("theme", theme.name());
        settings.put("language", locale.toLanguageTag());
        settings.save();
        ShellFixture fx = new ShellFixture(new FxRobot(), config);
        fx.robot.interact(() -> {
            fx.show(stage);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        fx.settle();
        return fx;
    }

    VirtualClock poolClock() {
        return pool.clock();
    }

    VirtualClock runnerClock() {
        return runner.clock();
    }

    /** Waits until the runs' threads are blocked on their clocks, then brings every page up to date. */
    public void settle() {
        for (VirtualClock c : clocks) {
            c.awaitSettled();
        }
        robot.interact(() -> shell.pages().forEach(p -> p.model().sync()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses the preset {@code id} in the window's preset box of the page shown, as a user does. */
    @SuppressWarnings("unchecked")
    void choosePreset(String id) {
        robot.interact(() -> {
            ComboBox<Preset> box = robot.lookup("#presetBox").queryAs(ComboBox.class);
            box.getSelectionModel().select(box.getItems().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow());
        });
        settle();
    }

    /** Moves the runner's clock to {@code seconds} of virtual time. */
    void runnerAt(double seconds) {
        runnerClock().advanceTo(Math.round(seconds * 1e9));
        settle();
    }

    public void runToEnd(VirtualClock c) {
        c.runUntilIdle();
        settle();
    }

    public <T> T onFx(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("on the FX thread: " + e, e);
        }
    }

    <T extends Node> T lookup(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    String text(String query) {
        return onFx(() -> robot.lookup(query).queryLabeled().getText());
    }

    public void close() {
        robot.interact(() -> {
            if (shell != null) {
                shell.shutdown();
            }
            stage.close();
        });
        for (VirtualClock c : clocks) {
            c.close();
        }
        I18n.localeProperty().set(I18n.ENGLISH);
    }
}
