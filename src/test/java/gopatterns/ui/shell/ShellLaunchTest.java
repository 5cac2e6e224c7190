package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Preset;
import gopatterns.ui.pool.PoolPage;
import gopatterns.ui.runner.RunnerPage;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window opened by the command line's window options: on the page and preset asked, in the theme and
 * language asked, running if asked; and what the options set is not remembered unless changed in the window.
 * The remembered settings always differ from what is asked (the other page, other parameters).
 */
class ShellLaunchTest extends ShellTestBase {

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        fx = new ShellFixture(new FxRobot(), config);
    }

    /** Settings as a teacher left them: the pool page, odd parameters on both pages, dark, English. */
    private AppSettings remembered() throws IOException {
        AppSettings s = new AppSettings(config);
        s.put("page", 1);
        s.put("theme", Theme.DARK.name());
        s.put("language", "en");
        s.putSection("page.runner", Map.of("timeout", "7s", "tasks", "9", "durations", "const:300ms",
                "mode", "FIXED", "seed", "5", "speed", "2.0"));
        s.putSection("page.pool", Map.of("size", "7", "workers", "40", "hold", "2s", "spread", "9s",
                "mode", "GO_COMPATIBLE", "maxTotal", "0", "acquireTimeout", "0s", "failureRate", "0.1",
                "seed", "3", "speed", "0.5"));
        s.save();
        return new AppSettings(config).load();
    }

    private void open(LaunchRequest launch) {
        fx.robot.interact(() -> fx.show(stage, launch));
        fx.settle();
    }

    static Stream<Arguments> everyPreset() {
        return Lessons.all().stream().flatMap(l -> l.presets().stream().map(name -> Arguments.of(l.page(), name)));
    }

    @ParameterizedTest(name = "--page {0} --preset {1}")
    @MethodSource("everyPreset")
    void everyPresetOpensItsPageWithItsParametersAndSaysWhatToWatch(String page, String name) throws IOException {
        AppSettings before = remembered();
        String id = page + "." + name;

        open(new LaunchRequest(page, id, null, null, false));

        assertThat(fx.shell.page().id()).isEqualTo(page);
        if (page.equals(RunnerPage.ID)) {
            assertThat(fx.runner.parameters()).isEqualTo(RunnerPage.presetParameters().get(name));
        } else {
            assertThat(fx.pool.params()).isEqualTo(PoolPage.presetParameters().get(name));
        }
        @SuppressWarnings("unchecked")
        ComboBox<Preset> box = fx.lookup("#presetBox", ComboBox.class);
        // The box keeps no value (so that the same preset can be chosen again); its face names the preset.
        Preset chosen = fx.onFx(() -> fx.shell.page().presets().stream().filter(p -> p.id().equals(id))
                .findFirst().orElseThrow());
        assertThat(fx.onFx(() -> box.getButtonCell().getText())).isEqualTo(chosen.title());
        assertThat(fx.text("#explainText")).isEqualTo(chosen.watch());
        // The status bar as after a choice in the box: ready, and which preset is set.
        assertThat(fx.text("#statusState")).isEqualTo(I18n.get("status.idle"));
        assertThat(fx.text("#statusMessage")).isEqualTo(I18n.get("preset.applied", chosen.title()));
        assertThat(fx.lookup("#page-" + page, ToggleButton.class).isSelected()).isTrue();
        assertThat(fx.runner.isRunning() || fx.pool.isRunning()).as("started without --start").isFalse();

        fx.close();
        AppSettings after = new AppSettings(config).load();
        assertThat(after.get("page", "")).isEqualTo(before.get("page", ""));
        assertThat(after.section("page." + page)).isEqualTo(before.section("page." + page));
    }

    @Test
    void themeLanguageAndStartApplyToThisLaunchOnly() throws IOException {
        AppSettings before = remembered();

        open(new LaunchRequest("runner", "runner.book", Theme.PROJECTOR, I18n.CHINESE, true));

        assertThat(fx.shell.themeProperty().get()).isEqualTo(Theme.PROJECTOR);
        assertThat(I18n.locale()).isEqualTo(I18n.CHINESE);
        assertThat(stage.getTitle()).isEqualTo(I18n.get("app.title"));
        assertThat(fx.runner.isRunning()).as("--start").isTrue();
        assertThat(fx.runner.history()).isNotEmpty();

        fx.close();
        AppSettings after = new AppSettings(config).load();
        assertThat(after.get("theme", "")).isEqualTo(before.get("theme", "")).isEqualTo(Theme.DARK.name());
        assertThat(after.get("language", "")).isEqualTo("en");
    }

    @Test
    void whatTheTeacherChangesInTheWindowIsRemembered() throws IOException {
        remembered();

        open(new LaunchRequest("runner", "runner.leak", Theme.PROJECTOR, null, false));
        fx.robot.interact(() -> {
            fx.shell.setTheme(Theme.LIGHT);
            fx.runner.timeoutSecondsProperty().set(4.5);
        });

        fx.close();
        AppSettings after = new AppSettings(config).load();
        assertThat(after.get("theme", "")).isEqualTo(Theme.LIGHT.name());
        assertThat(after.section("page.runner")).containsEntry("timeout", "4.5s");
    }

    @Test
    void withoutOptionsTheWindowOpensAsRemembered() throws IOException {
        remembered();

        open(LaunchRequest.REMEMBERED);

        assertThat(fx.shell.page().id()).isEqualTo(PoolPage.ID);
        assertThat(fx.shell.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(fx.pool.params().workers()).isEqualTo(40);
    }
}
