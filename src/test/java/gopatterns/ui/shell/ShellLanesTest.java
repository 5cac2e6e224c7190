package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.lanes.LanesView;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** View → Goroutine lanes: L or the menu shows the page's lanes instead of its view, and it is remembered. */
class ShellLanesTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theKeyShowsThePagesLanesAndTheMenuSaysSo() {
        assertThat(shown()).isNotInstanceOf(LanesView.class);
        fx.robot.type(KeyCode.L);
        fx.settle();
        assertThat(shown()).isInstanceOf(LanesView.class);
        assertThat(((LanesView) shown()).model()).isSameAs(fx.runner);
        assertThat(lanesItem().isSelected()).isTrue();

        // Another page shows its own lanes.
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.settle();
        assertThat(((LanesView) shown()).model()).isSameAs(fx.pool);

        fx.robot.interact(() -> lanesItem().setSelected(false)); // what a click on the checked item does
        fx.settle();
        assertThat(shown()).isNotInstanceOf(LanesView.class);
        assertThat(fx.shell.lanesShownProperty().get()).isFalse();
    }

    @Test
    void lanesShownSurviveARestart() {
        fx.robot.interact(fx.shell::toggleLanes);
        fx.close();

        fx = reopen();
        fx.settle();
        assertThat(shown()).isInstanceOf(LanesView.class);
        assertThat(lanesItem().isSelected()).isTrue();
    }

    private Node shown() {
        return fx.onFx(() -> {
            StackPane content = (StackPane) fx.stage.getScene().lookup("#contentStack");
            return content.getChildren().getFirst();
        });
    }

    private CheckMenuItem lanesItem() {
        return fx.onFx(() -> ((MenuBar) fx.stage.getScene().lookup(".menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "lanesItem".equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow());
    }
}
