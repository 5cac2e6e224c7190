package gopatterns.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.screen.ScreenContract.Kind;
import gopatterns.ui.screen.ScreenContract.Violation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The walker finds each kind of defect on a made-up scene, and nothing on a clean one. */
@ExtendWith(ApplicationExtension.class)
class ScreenContractWalkerTest {

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @Test
    void aCleanScreenHasNothingToSay() {
        VBox root = new VBox(8, new Label("Start"), new Label("Reset"), bar("status-bar", "Ready"));
        assertThat(check(root, 400, 300)).isEmpty();
    }

    @Test
    void aLabelTooNarrowForItsTextIsTruncated() {
        Label cut = new Label("Interrupt sends Ctrl+C and waits in the channel");
        cut.setMaxWidth(80);
        assertThat(kinds(check(new VBox(cut), 400, 300))).containsExactly(Kind.TRUNCATED);
    }

    @Test
    void textsOnTopOfEachOtherOverlap() {
        Label a = new Label("queued");
        Label b = new Label("main");
        a.relocate(10, 10);
        b.relocate(14, 12);
        assertThat(kinds(check(new Pane(a, b), 400, 300))).containsExactly(Kind.OVERLAP);
    }

    @Test
    void aTextCutByAClipOrTheWindowIsClipped() {
        Label inside = new Label("Terminating due to timeout.");
        Pane box = new Pane(inside);
        inside.relocate(0, 20);
        box.setClip(new Rectangle(0, 0, 300, 28));
        Label below = new Label("exit status 1");
        below.relocate(0, 290);
        List<Violation> found = check(new Pane(box, below), 400, 300);
        assertThat(kinds(found)).containsExactly(Kind.CLIPPED, Kind.CLIPPED);
        assertThat(found.get(1).description()).contains("the window");
    }

    @Test
    void textScrolledOutOfAScrollPaneIsNotShownAndNotCut() {
        VBox content = new VBox();
        for (int i = 0; i < 40; i++) {
            content.getChildren().add(new Label("line " + i));
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setPrefSize(200, 120);
        assertThat(check(new VBox(scroll), 400, 300)).isEmpty();
    }

    @Test
    void smallTextAndRawPlaceholdersAreNamed() {
        Label small = new Label("never started");
        small.setStyle("-fx-font-size: 7px");
        Label raw = new Label("Exit status {1}.");
        assertThat(kinds(check(new VBox(small, raw), 400, 300))).containsExactly(Kind.TOO_SMALL, Kind.PLACEHOLDER);
    }

    @Test
    void aStatusBarBelowTheWindowIsOutside() {
        Pane root = new Pane(bar("status-bar", "Ready"));
        root.getChildren().get(0).relocate(0, 290);
        assertThat(kinds(check(root, 400, 300))).contains(Kind.BAR_OUTSIDE);
    }

    @Test
    void aLogScrolledAwayFromItsNewestLineIsNotFollowing() {
        ListView<String> log = new ListView<>(FXCollections.observableArrayList());
        for (int i = 0; i < 50; i++) {
            log.getItems().add("2009/11/10 23:00:00 Processor - Task #" + i + ".");
        }
        log.setId(ScreenContract.LOG_LIST_ID);
        log.setPrefSize(380, 150);
        assertThat(kinds(check(new VBox(log), 400, 300))).containsExactly(Kind.LOG_NOT_FOLLOWING);
        onFx(() -> {
            log.scrollTo(49);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kinds(checkShown())).isEmpty();
    }

    @Test
    void aTileAtRestOnATextCoversIt() {
        Label caption = new Label("Factory");
        caption.relocate(10, 10);
        Pane tile = new Pane();
        tile.getStyleClass().add(ScreenContract.MOVING_TILE);
        tile.resizeRelocate(12, 8, 30, 20);
        tile.setManaged(false);
        assertThat(kinds(check(new Pane(caption, tile), 400, 300))).containsExactly(Kind.TILE_ON_TEXT);
        tile.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(ScreenContract.IN_FLIGHT), true);
        assertThat(kinds(checkShown())).isEmpty();
    }

    private static HBox bar(String styleClass, String text) {
        HBox bar = new HBox(new Label(text));
        bar.getStyleClass().add(styleClass);
        return bar;
    }

    /** Shows {@code root} in a {@code w} x {@code h} window and walks it. */
    private List<Violation> check(Parent root, double w, double h) {
        onFx(() -> {
            // The stage may come from a test that left it maximized or larger: the scene sets its size.
            stage.setMaximized(false);
            stage.setFullScreen(false);
            stage.setScene(new Scene(root, w, h));
            stage.sizeToScene();
            stage.show();
            return null;
        });
        return checkShown();
    }

    /** Walks the scene shown, after a layout pass. */
    private List<Violation> checkShown() {
        return onFx(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return new ScreenContract(10).check(scene);
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Kind> kinds(List<Violation> found) {
        return found.stream().map(Violation::kind).toList();
    }
}
