package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Go listing shows the line running whole, whatever lines ran before it and however high the pane: the
 * lines that ran lately stay in sight with it when they fit, never at the cost of the line itself.
 */
@ExtendWith(ApplicationExtension.class)
class CodeListingViewTest {

    private final FxRobot robot = new FxRobot();
    private final StringProperty anchor = new SimpleStringProperty("");
    private CodeListingView listing;
    private StackPane holder;

    @Start
    void start(Stage stage) {
        listing = new CodeListingView(CodeListingView.class, "/gopatterns/ui/runner/runner.go.txt", anchor);
        holder = new StackPane(listing);
        stage.setScene(Showcase.scene(holder, 420, 300, List.of(Showcase.commonStylesheet())));
        stage.setFullScreen(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theLineRunningIsWhollyInSightAfterEveryStepAtEveryHeight() throws Exception {
        List<String> anchors = anchorsOf("/gopatterns/ui/runner/runner.go.txt");
        assertThat(anchors).hasSizeGreaterThan(5);
        Random random = new Random(7);
        // Heights of a few lines to many: the runs of recent lines just fit, or just do not, somewhere in there.
        for (int height = 120; height <= 420; height += 30) {
            int h = height;
            robot.interact(() -> {
                holder.setMinHeight(h);
                holder.setMaxHeight(h);
                listing.getScene().getWindow().setHeight(h + 40);
            });
            for (int step = 0; step < 25; step++) {
                String next = anchors.get(random.nextInt(anchors.size()));
                robot.interact(() -> anchor.set(next));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(WaitForAsyncUtils.asyncFx(this::currentLineWhollyInSight).get())
                        .as("line of %s whole at height %d, step %d", next, h, step).isTrue();
            }
        }
    }

    private boolean currentLineWhollyInSight() {
        int line = listing.currentLineProperty().get();
        Node row = listing.lookupAll(".code-line").stream().skip(line).findFirst().orElseThrow();
        ScrollPane scroll = (ScrollPane) listing.lookup("#codeLines");
        Node viewport = scroll.lookup(".viewport");
        Bounds v = viewport.localToScene(viewport.getLayoutBounds());
        Bounds r = row.localToScene(row.getLayoutBounds());
        return r.getMinY() >= v.getMinY() - 0.5 && r.getMaxY() <= v.getMaxY() + 0.5;
    }

    private static List<String> anchorsOf(String resource) throws Exception {
        String text;
        try (var in = CodeListingViewTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("//@([\\w-]+)").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
