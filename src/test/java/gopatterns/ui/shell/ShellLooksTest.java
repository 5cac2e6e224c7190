package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import gopatterns.ui.I18n;
import gopatterns.ui.common.CodeListingView;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Theme and language switch live: every visible string and style changes, and the run goes on. */
class ShellLooksTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void switchingToChineseChangesEveryVisibleStringAndKeepsTheRun() {
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(0.5);
        long run = fx.runner.runNumberProperty().get();
        Set<String> english = englishTexts();
        assertThat(visibleTexts()).containsAnyElementsOf(english);

        fx.robot.interact(() -> fx.shell.setLocale(I18n.CHINESE));
        fx.settle();

        List<String> shown = visibleTexts();
        assertThat(shown).doesNotContainAnyElementsOf(english);
        assertThat(fx.text("#page-runner")).isEqualTo(I18n.get("runner.title"));
        assertThat(menuTitles()).contains("文件", "视图", "语言", "帮助");
        assertThat(fx.stage.getTitle()).isEqualTo("gopatterns");
        // The same run goes on, now explained in Chinese.
        assertThat(fx.runner.runNumberProperty().get()).isEqualTo(run);
        assertThat(fx.runner.isRunning()).isTrue();
        fx.runnerAt(1.0);
        assertThat(fx.text("#explainText")).isEqualTo(fx.onFx(() ->
                fx.shell.page().explain(fx.runner.lastEventProperty().get()).orElseThrow()));
        assertThat(fx.text("#explainText")).containsPattern("\\p{IsHan}");

        fx.robot.interact(() -> fx.shell.setLocale(I18n.ENGLISH));
        fx.settle();
        assertThat(menuTitles()).contains("File", "View", "Language", "Help");
        assertThat(fx.runner.runNumberProperty().get()).isEqualTo(run);
    }

    @Test
    void theGoListingKeepsTheLineRunningInSightAcrossALanguageSwitch() {
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(0.5); // the first task runs: its line is far down the listing
        assertThat(fx.onFx(() -> listing().currentLineProperty().get())).isEqualTo(listingLineOf("task"));
        assertThat(fx.onFx(() -> listingScroll().getVvalue())).as("scrolled down to the running line").isPositive();
        assertThat(currentLineInSight()).isTrue();

        fx.robot.interact(() -> fx.shell.setLocale(I18n.CHINESE));
        fx.settle();

        assertThat(fx.onFx(() -> listing().currentLineProperty().get())).isEqualTo(listingLineOf("task"));
        assertThat(currentLineInSight()).as("the running line in sight in the rebuilt window").isTrue();
        fx.robot.interact(() -> fx.shell.setLocale(I18n.ENGLISH));
        fx.settle();
        assertThat(currentLineInSight()).isTrue();
    }

    private CodeListingView listing() {
        return fx.lookup(".code-listing", CodeListingView.class);
    }

    private ScrollPane listingScroll() {
        return fx.lookup("#codeLines", ScrollPane.class);
    }

    private int listingLineOf(String anchor) {
        return fx.onFx(() -> listing().lineOf(anchor));
    }

    /** Whether the highlighted line's row lies wholly within the listing's visible part, as a user sees it. */
    private boolean currentLineInSight() {
        return fx.onFx(() -> {
            Node row = listing().lookupAll(".code-line").stream()
                    .filter(n -> n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("current")))
                    .findFirst().orElseThrow();
            Bounds shown = listingScroll().localToScene(listingScroll().getLayoutBounds());
            Bounds line = row.localToScene(row.getLayoutBounds());
            return line.getMinY() >= shown.getMinY() && line.getMaxY() <= shown.getMaxY();
        });
    }

    @Test
    void chineseIsDrawnInTheBundledFontSoItNeverShowsAsBoxes() {
        assertThat(fx.onFx(() -> javafx.scene.text.Font.getFamilies())).contains(BundledFont.FAMILY);
        assertThat(fx.onFx(() -> fx.lookup("#explainText", Labeled.class).getFont().getFamily()))
                .isNotEqualTo(BundledFont.FAMILY);
        fx.robot.interact(() -> fx.shell.setLocale(I18n.CHINESE));
        fx.settle();
        for (String id : List.of("#explainText", "#statusState", "#page-pool")) {
            assertThat(fx.onFx(() -> fx.lookup(id, Labeled.class).getFont().getFamily())).as(id)
                    .isEqualTo(BundledFont.FAMILY);
        }
        fx.robot.interact(() -> fx.shell.setLocale(I18n.ENGLISH));
        fx.settle();
        assertThat(fx.onFx(() -> fx.lookup("#explainText", Labeled.class).getFont().getFamily()))
                .isNotEqualTo(BundledFont.FAMILY);
    }

    @Test
    void themesSwitchLiveWithoutTouchingTheRun() {
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(0.5);
        long run = fx.runner.runNumberProperty().get();

        fx.robot.interact(() -> fx.shell.setTheme(Theme.DARK));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        fx.robot.interact(() -> fx.shell.setTheme(Theme.PROJECTOR));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(fx.stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("projector.css"));
        double projectorFont = fx.onFx(() -> fx.lookup("#statusState", Labeled.class).getFont().getSize());

        fx.robot.interact(() -> fx.shell.setTheme(Theme.LIGHT));
        assertThat(fx.stage.getScene().getStylesheets()).noneMatch(s -> s.endsWith("projector.css"));
        fx.robot.interact(() -> fx.stage.getScene().getRoot().applyCss());
        double lightFont = fx.onFx(() -> fx.lookup("#statusState", Labeled.class).getFont().getSize());
        assertThat(projectorFont).isGreaterThan(lightFont);
        assertThat(fx.runner.runNumberProperty().get()).isEqualTo(run);
        assertThat(fx.runner.isRunning()).isTrue();
    }

    /** English texts of the bundles that differ in Chinese: none of them may be left on screen. */
    private Set<String> englishTexts() {
        return fx.onFx(() -> {
            ResourceBundle en = I18n.bundle();
            Set<String> out = new HashSet<>();
            I18n.localeProperty().set(I18n.CHINESE);
            ResourceBundle zh = I18n.bundle();
            I18n.localeProperty().set(I18n.ENGLISH);
            I18n.bundle();
            for (String key : en.keySet()) {
                String value = en.getString(key);
                if (zh.containsKey(key) && !zh.getString(key).equals(value) && value.matches(".*[A-Za-z]{3,}.*")
                        && !value.contains("{")) {
                    out.add(value);
                }
            }
            return out;
        });
    }

    private List<String> visibleTexts() {
        return fx.onFx(() -> {
            List<String> out = new java.util.ArrayList<>();
            collect(fx.stage.getScene().getRoot(), out);
            return out;
        });
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private List<String> menuTitles() {
        return fx.onFx(() -> fx.lookup(".menu-bar", MenuBar.class).getMenus().stream().map(Menu::getText).toList());
    }
}
