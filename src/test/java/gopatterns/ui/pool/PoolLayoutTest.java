package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import gopatterns.clock.VirtualClock;
import gopatterns.ui.I18n;
import gopatterns.ui.screen.ScreenContract;
import gopatterns.ui.shell.Theme;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pool view as a class reads it, at the sizes of a classroom: a 1280x720 projector, a 1024x768 screen, a
 * 1920x1080 one, in English and Chinese, before a run, mid-run and at its end. Nothing cut, nothing on top of
 * other text, tiles at rest only on their docks, the Go listing whole, the workers given room. A manual clock
 * drives the runs; the tiles in the air are landed before each look, when a tile rests where it came to.
 */
@ExtendWith(ApplicationExtension.class)
class PoolLayoutTest {

    private static final PseudoClass IN_FLIGHT = PseudoClass.getPseudoClass(ScreenContract.IN_FLIGHT);

    /** A classroom screen, and the smallest text read on it from the back, px on screen. */
    private record Size(double width, double height, Theme theme, double minTextPx) {
        @Override
        public String toString() {
            return (int) width + "x" + (int) height + " " + theme;
        }
    }

    private static final List<Size> SIZES = List.of(
            new Size(1280, 720, Theme.PROJECTOR, 12), new Size(1024, 768, Theme.LIGHT, 10),
            new Size(1920, 1080, Theme.DARK, 10));

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private VirtualClock clock;
    private PoolModel model;
    private BorderPane showcase;

    @Start
    void start(Stage s) {
        // Each size gets a window of its own (see open): the headless renderer does not take a window that grows.
    }

    @AfterEach
    void dispose() {
        robot.interact(() -> {
            if (model != null) {
                model.dispose();
            }
            if (stage != null) {
                stage.close();
            }
            I18n.localeProperty().set(I18n.ENGLISH);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
    }

    // ---------------------------------------------------------------- the whole screen

    @Test
    void theBooksDemoReadsWholeAtEverySizeInBothLanguages() {
        List<String> breaches = new ArrayList<>();
        for (Size size : SIZES) {
            for (Locale locale : I18n.SUPPORTED) {
                open(size, locale);
                String where = size + " " + locale;
                breaches.addAll(check(where + " before the run", size));
                robot.interact(model::start);
                clock.advance(Duration.ofMillis(600));
                breaches.addAll(check(where + " mid-run", size));
                clock.runUntilIdle();
                breaches.addAll(check(where + " at the end", size));
                robot.interact(model::dispose);
            }
        }
        assertThat(breaches).isEmpty();
    }

    @Test
    void smallScreensKeepSeveralRowsOfWorkersInSight() {
        for (Size size : List.of(SIZES.get(0), SIZES.get(1))) {
            open(size, I18n.ENGLISH);
            robot.interact(() -> model.workersProperty().set(100));
            robot.interact(model::start);
            clock.advance(Duration.ofMillis(100));
            sync();
            double rows = fx(() -> {
                WorkerFigure f = view().figures().getFirst();
                Node area = showcase.lookup("#workersArea");
                return area.getLayoutBounds().getHeight() / f.getHeight();
            });
            assertThat(rows).as("rows of worker figures in sight at %s", size).isGreaterThanOrEqualTo(2.9);
            robot.interact(model::dispose);
        }
    }

    @Test
    void theSettingsAreNamedOnceWhetherAColumnOrATab() {
        for (Size size : SIZES) {
            for (Locale locale : I18n.SUPPORTED) {
                open(size, locale);
                String name = fx(() -> I18n.get("pool.settings"));
                long shown = fx(() -> {
                    showcase.applyCss();
                    showcase.layout();
                    return shownTexts(stage.getScene().getRoot()).stream()
                            .filter(t -> name.equals(((Text) t).getText()))
                            .count();
                });
                // A narrow view's tab names the settings; a heading right under it would repeat the word.
                assertThat(shown).as("\"%s\" shown at %s %s", name, size, locale).isEqualTo(1);
                robot.interact(model::dispose);
            }
        }
    }

    // ---------------------------------------------------------------- the Go listing

    @Test
    void theGoListingShowsEveryLineWholeWithoutSidewaysScrolling() {
        for (Size size : SIZES) {
            open(size, I18n.ENGLISH);
            robot.interact(() -> {
                // In a narrow view the listing has a tab of its own: the user opens it.
                if (showcase.lookup("#poolSideTabs") instanceof javafx.scene.control.TabPane tabs) {
                    tabs.getTabs().stream().filter(t -> t.getContent() == view().codeListing()).findFirst()
                            .ifPresent(t -> tabs.getSelectionModel().select(t));
                }
                showcase.applyCss();
                showcase.layout();
            });
            List<String> lines = fx(() -> view().codeListing().lines());
            List<String> notWhole = fx(() -> {
                Node listing = view().codeListing();
                Bounds pane = listing.localToScene(listing.getLayoutBounds());
                // The texts of the listing that are wholly inside its pane, left to right edge.
                List<String> whole = shownTexts((Parent) listing).stream()
                        .filter(t -> {
                            Bounds b = t.localToScene(t.getBoundsInLocal());
                            return b.getMinX() >= pane.getMinX() - 0.5 && b.getMaxX() <= pane.getMaxX() + 0.5;
                        })
                        .map(t -> ((Text) t).getText())
                        .toList();
                return lines.stream().filter(l -> !l.isBlank())
                        .filter(l -> whole.stream().noneMatch(t -> t.contains(l.strip())))
                        .toList();
            });
            assertThat(notWhole).as("listing lines not shown whole inside the pane at %s", size).isEmpty();
        }
    }

    // ---------------------------------------------------------------- tiles

    @Test
    void tilesComeToRestOnlyOnTheirDocksAndNeverOnText() {
        open(SIZES.get(0), I18n.ENGLISH);
        robot.interact(() -> model.spreadSecondsProperty().set(2)); // reuse: tiles also leave and enter slots
        robot.interact(model::start);
        int resting = 0;
        for (int step = 0; step < 40 && fx(model::isRunning); step++) {
            clock.advance(Duration.ofMillis(150));
            resting += atRest(() -> {
                List<Node> tiles = shownTiles(showcase);
                List<Node> docks = List.copyOf(showcase.lookupAll(".tile-dock"));
                List<Node> texts = shownTexts(showcase);
                for (Node tile : tiles) {
                    assertThat(tile.getPseudoClassStates()).doesNotContain(IN_FLIGHT);
                    Bounds b = tile.localToScene(tile.getBoundsInLocal());
                    Node nearest = docks.stream().min(java.util.Comparator.comparingDouble(d -> distance(
                            d.localToScene(d.getLayoutBounds()), b))).orElseThrow();
                    assertThat(docks).as("a dock holds the resting tile %s at %s (nearest dock %s at %s)",
                                    tile.getStyleClass(), b, nearest, nearest.localToScene(nearest.getLayoutBounds()))
                            .anyMatch(d -> d.localToScene(d.getLayoutBounds()).contains(b));
                    for (Node t : texts) {
                        if (!isInside(t, tile)) {
                            assertThat(b.intersects(t.localToScene(t.getBoundsInLocal())))
                                    .as("tile %s rests on \"%s\"", b, ((Text) t).getText()).isFalse();
                        }
                    }
                }
                return tiles.size();
            });
        }
        assertThat(resting).as("tiles seen resting during the run").isGreaterThan(10);
    }

    // ---------------------------------------------------------------- helpers

    private void open(Size size, Locale locale) {
        robot.interact(() -> {
            if (model != null) {
                model.dispose();
            }
            I18n.localeProperty().set(locale);
            Application.setUserAgentStylesheet(size.theme() == Theme.DARK
                    ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            if (stage != null) {
                stage.close();
            }
            stage = new Stage();
            clock = VirtualClock.manual();
            model = new PoolModel(clock);
            showcase = PoolStages.show(stage, model, size.width(), size.height());
            stage.getScene().getStylesheets().addAll(size.theme().stylesheets());
        });
        sync();
    }

    /** What the screen contract finds wrong with the tiles at rest. */
    private List<String> check(String where, Size size) {
        return atRest(() -> {
            // The showcase has no menu or status bar, and the Go log's following is the log's own test.
            return new ScreenContract(size.minTextPx()).check(stage.getScene()).stream()
                    .filter(v -> v.kind() != ScreenContract.Kind.BAR_OUTSIDE
                            && v.kind() != ScreenContract.Kind.LOG_NOT_FOLLOWING)
                    .map(v -> where + ": " + v)
                    .toList();
        });
    }

    /**
     * A frame and its layout, then every tile in the air landed at once, at rest on its dock (as a screen check
     * puts them), and {@code read} in the same moment: the tiles rest only a fraction of a second.
     */
    private <T> T atRest(Supplier<T> read) {
        sync();
        return fx(() -> {
            showcase.applyCss();
            showcase.layout();
            ScreenContract.finishMotion(stage.getScene());
            return read.get();
        });
    }

    private static List<Node> shownTiles(Parent root) {
        return root.lookupAll("." + ScreenContract.MOVING_TILE).stream().filter(PoolLayoutTest::shown).toList();
    }

    /** Every text node shown (labels' texts, icons, the listing), whatever its style class. */
    private static List<Node> shownTexts(Parent root) {
        List<Node> out = new ArrayList<>();
        collectTexts(root, out);
        return out.stream().filter(PoolLayoutTest::shown).toList();
    }

    private static void collectTexts(Node n, List<Node> out) {
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectTexts(c, out));
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p.getOpacity() < 0.05) {
                return false;
            }
        }
        return true;
    }

    private static double distance(Bounds a, Bounds b) {
        return Math.hypot(a.getCenterX() - b.getCenterX(), a.getCenterY() - b.getCenterY());
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node a = n; a != null; a = a.getParent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    private PoolView view() {
        return (PoolView) showcase.getCenter();
    }

    private void sync() {
        robot.interact(model::sync);
    }

    private <T> T fx(Supplier<T> read) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(read.get()));
        return out.get();
    }
}
