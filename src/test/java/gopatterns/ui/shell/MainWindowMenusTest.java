package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The window's menus as a user chooses them: each entry has words and does what it says. */
class MainWindowMenusTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private List<MenuItem> leaves() {
        return fx.onFx(() -> {
            List<MenuItem> out = new ArrayList<>();
            fx.lookup("#menuBar", MenuBar.class).getMenus().forEach(m -> collect(m, out));
            return out;
        });
    }

    private static void collect(MenuItem item, List<MenuItem> out) {
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> collect(i, out));
        } else if (!(item instanceof SeparatorMenuItem)) {
            out.add(item);
        }
    }

    private MenuItem item(String id) {
        return leaves().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Chooses the entry {@code id} of the window shown, as a click on it does. */
    private void choose(String id) {
        MenuItem item = item(id);
        fx.robot.interact(item::fire);
    }

    @Test
    void everyEntryHasWordsAndDoesSomething() {
        List<MenuItem> leaves = leaves();
        assertThat(leaves).hasSizeGreaterThan(12);
        for (MenuItem item : leaves) {
            assertThat(item.getText()).as("an entry's words").isNotBlank().doesNotContain("{", "%");
            // A check entry is bound to what it shows; every other entry acts when chosen.
            assertThat(item instanceof CheckMenuItem || item.getOnAction() != null)
                    .as("%s does something", item.getText()).isTrue();
        }
    }

    @Test
    void themeEntriesSwitchTheThemeAndShowWhichIsOn() {
        choose("themeDark");
        assertThat(fx.shell.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(((RadioMenuItem) item("themeDark")).isSelected()).isTrue();
        assertThat(((RadioMenuItem) item("themeLight")).isSelected()).isFalse();
        choose("themeLight");
        assertThat(fx.shell.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(((RadioMenuItem) item("themeDark")).isSelected()).isFalse();
    }

    @Test
    void languageEntriesNameEachLanguageInItsOwnWordsAndSwitchTheWindow() {
        assertThat(item("languageEnglish").getText()).isEqualTo("English");
        assertThat(item("languageChinese").getText()).isEqualTo("简体中文");
        choose("languageChinese");
        fx.settle();
        assertThat(I18n.locale()).isEqualTo(I18n.CHINESE);
        assertThat(((RadioMenuItem) item("languageChinese")).isSelected()).isTrue();
        assertThat(fx.onFx(() -> fx.lookup("#menuBar", MenuBar.class).getMenus().getFirst().getText()))
                .isEqualTo(I18n.get("menu.file"));
        choose("languageEnglish");
        fx.settle();
        assertThat(I18n.locale()).isEqualTo(I18n.ENGLISH);
        assertThat(item("languageChinese").getText()).isEqualTo("简体中文");
    }

    @Test
    void theShortcutsEntryOpensTheListAndTheSpeedWordNamesItsSlider() {
        MenuItem shortcuts = leaves().stream().filter(i -> i.getText().equals(I18n.get("menu.help.shortcuts")))
                .findFirst().orElseThrow();
        fx.robot.interact(shortcuts::fire);
        assertThat(fx.onFx(() -> fx.shell.window().isHelpShown())).isTrue();
        fx.robot.interact(shortcuts::fire);
        assertThat(fx.onFx(() -> fx.shell.window().isHelpShown())).isFalse();
        // For a screen reader, the word "Speed" is the slider's name.
        assertThat(fx.onFx(() -> fx.lookup("#speedWord", Label.class).getLabelFor()))
                .isSameAs(fx.onFx(() -> fx.lookup("#speedSlider", Slider.class)));
    }
}
