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
import javafx.scene.Parent;
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

    @Test
    void longLinesWrapPastTheNumbersAndNothingIsCutAtAnyWidth() {
        int wrapped = 0;
        for (int width = 160; width <= 480; width += 40) {
            int w = width;
            // The holder is the scene's root: it and the listing take the window's width.
            robot.interact(() -> listing.getScene().getWindow().setWidth(w));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = new ArrayList<>();
            int[] wraps = new int[1];
            robot.interact(() -> {
                Node viewport = listing.lookup("#codeLines").lookup(".viewport");
                Bounds pane = viewport.localToScene(viewport.getLayoutBounds());
                int line = 0;
                for (Node row : listing.lookupAll(".code-line")) {
                    line++;
                    Bounds r = row.localToScene(row.getLayoutBounds());
                    Bounds number = sceneBounds(row.lookup(".code-number"));
                    Bounds code = sceneBounds(((Parent) row).getChildrenUnmodifiable().stream()
                            .filter(n -> !n.getStyleClass().contains("code-number")).findFirst().orElseThrow());
                    if (code.getHeight() > 1.5 * number.getHeight()) {
                        wraps[0]++;
                    }
                    // Continuations start where the code starts: right of the numbers. The code stays in the pane
                    // sideways and in its own line up and down.
                    if (code.getMinX() < number.getMaxX() || code.getMaxX() > pane.getMaxX() + 0.5
                            || code.getMinY() < r.getMinY() - 0.5 || code.getMaxY() > r.getMaxY() + 0.5) {
                        cut.add("line " + line + " at width " + w);
                    }
                }
            });
            assertThat(cut).as("lines cut or not past the numbers").isEmpty();
            wrapped += wraps[0];
        }
        assertThat(wrapped).as("lines that wrapped at the narrow widths").isGreaterThan(0);
    }

    @Test
    void aListingLineIsOneRegionOfTwoTexts() throws Exception {
        // A listing is a large share of the first window's nodes, every one styled before the first frame.
        List<Integer> nodes = WaitForAsyncUtils.asyncFx(() -> listing.lookupAll(".code-line").stream()
                .map(CodeListingViewTest::nodesIn).distinct().toList()).get();
        assertThat(nodes).containsExactly(3);
    }

    /** The node and every node under it. */
    private static int nodesIn(Node n) {
        return 1 + (n instanceof Parent p ? p.getChildrenUnmodifiable().stream()
                .mapToInt(CodeListingViewTest::nodesIn).sum() : 0);
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
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
