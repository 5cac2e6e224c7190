package gopatterns.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolStats;
import gopatterns.runner.InterruptDelivery;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Preset;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.shell.TraceFiles;
import gopatterns.ui.runner.RunnerPage;
import gopatterns.ui.runner.RunnerPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;

/**
 * Compare mode in the main window on a manual clock: two runs of one pattern under one transport, in step, with
 * Interrupt and Close pool reaching both at one instant, the differing settings marked and the outcomes tabled.
 */
class CompareModeTest extends CompareTestBase {

    @TempDir
    Path out;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aPresetWithAContrastOpensItInOneClick() {
        cf.press(() -> cf.fx.shell.selectPage(RUNNER));
        choose("runner.book");
        assertThat(cf.fx.onFx(() -> compareButton().isVisible())).as("the book has no contrast").isFalse();
        choose("runner.fixed");
        assertThat(cf.fx.onFx(() -> compareButton().isVisible())).isTrue();
        cf.press(() -> compareButton().fire());
        CompareModel<RunnerModel, ?> m = cf.model();
        assertThat(m.left().parameters()).isEqualTo(RunnerPage.presetParameters().get("leak"));
        assertThat(m.right().parameters()).isEqualTo(RunnerPage.presetParameters().get("fixed"));
        assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup("#explainText").queryLabeled().getText()))
                .isEqualTo(I18n.get("preset.compare.leak-fixed.watch"));
        assertThat(cf.fx.onFx(() -> compareButton().isVisible())).as("no second compare inside compare mode").isFalse();
    }

    @Test
    void theLeakBesideItsFixRunsInStepFrameByFrame() {
        cf.open(RUNNER, "leak-fixed");
        CompareModel<RunnerModel, ?> m = cf.model();
        assertThat(m.left().modeProperty().get()).isEqualTo(RunnerMode.GO_FAITHFUL);
        assertThat(m.right().modeProperty().get()).isEqualTo(RunnerMode.FIXED);
        cf.press(cf.fx.shell::startOrPause);
        long start = cf.clock().nanos();
        // Frames at uneven instants, as a busy machine draws them: the two sides always show the same time.
        long[] gaps = {7, 100, 33, 250, 16, 400, 91, 600};
        for (int i = 0; !(m.left().endingProperty().get() != null && m.right().endingProperty().get() != null); i++) {
            cf.advance(Duration.ofMillis(gaps[i % gaps.length]));
            Duration shown = Duration.ofNanos(cf.clock().nanos() - start);
            if (m.left().endingProperty().get() == null && m.right().endingProperty().get() == null) {
                assertThat(m.left().timeProperty().get()).as("left at frame %d", i).isEqualTo(shown);
                assertThat(m.right().timeProperty().get()).as("right at frame %d", i).isEqualTo(shown);
                assertThat(m.timeProperty().get()).as("the pair at frame %d", i).isEqualTo(shown);
            }
        }
        // Both timed out at the same instant: the fix stops there, the leak goes on.
        assertThat(m.left().endedAfter()).isEqualTo(m.right().endedAfter()).isEqualTo(Duration.ofMillis(1500));
        cf.advance(Duration.ofSeconds(1));
        assertThat(m.right().timeProperty().get()).isEqualTo(Duration.ofMillis(1500));
        assertThat(m.left().timeProperty().get()).isGreaterThan(Duration.ofMillis(2400));
        assertThat(m.isRunning()).as("the pair runs while the leak goes on").isTrue();
        cf.runToEnd();
        assertThat(m.finishedProperty().get()).isTrue();
        assertThat(m.timeProperty().get()).isEqualTo(m.left().timeProperty().get());
    }

    @Test
    void oneStepMovesTheOneClockToItsNextWakeUpOnce() {
        cf.open(POOL, "at-once-spread");
        CompareModel<PoolModel, ?> m = cf.model();
        // Before a run, Step launches both sides, paused at their first events, at one instant.
        cf.press(cf.fx.shell::step);
        assertThat(m.pausedProperty().get()).isTrue();
        assertThat(m.left().history()).isNotEmpty();
        assertThat(m.right().history()).isNotEmpty();
        assertThat(m.left().history().getFirst().at()).isEqualTo(m.right().history().getFirst().at());
        for (int i = 0; i < 12; i++) {
            long next = cf.clock().nextWakeUp();
            cf.press(cf.fx.shell::step);
            assertThat(cf.clock().nanos()).as("step %d", i).isEqualTo(next);
            assertThat(m.left().timeProperty().get()).isEqualTo(m.right().timeProperty().get())
                    .isEqualTo(m.timeProperty().get());
        }
        assertThat(m.pausedProperty().get()).isTrue();
    }

    @Test
    void theInterruptButtonOfEitherSideReachesBothAtOneInstant() {
        CompareModel<RunnerModel, ?> m = cf.startFor(RUNNER, "leak-fixed", Duration.ofMillis(1200));
        cf.press(() -> button(CompareModel.Side.RIGHT, "#interruptButton").fire());
        RunnerEvent.InterruptRequested left = only(m.left().history(), RunnerEvent.InterruptRequested.class);
        RunnerEvent.InterruptRequested right = only(m.right().history(), RunnerEvent.InterruptRequested.class);
        assertThat(left.at()).isEqualTo(right.at()).isEqualTo(cf.clock().nanos());
        assertThat(left.delivery()).isEqualTo(right.delivery()).isEqualTo(InterruptDelivery.QUEUED);
        // The key I does the same: the second one finds the slot full on both sides.
        cf.press(cf.fx.shell::interrupt);
        assertThat(m.left().interruptProperty().get().dropped()).isEqualTo(1);
        assertThat(m.right().interruptProperty().get().dropped()).isEqualTo(1);
    }

    @Test
    void closePoolReachesBothPoolsAtOneInstant() {
        CompareModel<PoolModel, ?> m = cf.startFor(POOL, "at-once-spread", Duration.ofMillis(700));
        cf.press(() -> cf.fx.robot.lookup("#compareAction").queryAs(ButtonBase.class).fire());
        PoolEvent.PoolClosed left = only(m.left().history(), PoolEvent.PoolClosed.class);
        PoolEvent.PoolClosed right = only(m.right().history(), PoolEvent.PoolClosed.class);
        assertThat(left.at()).isEqualTo(right.at()).isEqualTo(cf.clock().nanos());
        assertThat(m.left().demo().pool().isClosed()).isTrue();
        assertThat(m.right().demo().pool().isClosed()).isTrue();
        // The pool view's own Close Pool button closes both too (here: already closed, so it is off).
        assertThat(cf.fx.onFx(() -> button(CompareModel.Side.LEFT, "#closePoolButton").isDisabled())).isTrue();
    }

    @Test
    void thePoolsTableOfOutcomesIsEachPoolsOwnStatistics() {
        for (String pair : List.of("at-once-spread", "go-bounded", "size-2-5")) {
            cf.open(POOL, pair);
            CompareModel<PoolModel, ?> m = cf.model();
            cf.press(cf.fx.shell::startOrPause);
            assertThat(cf.table()).as("no table while the runs go").isEmpty();
            cf.runToEnd();
            List<List<String>> table = cf.table();
            PoolStats left = m.left().demo().pool().stats();
            PoolStats right = m.right().demo().pool().stats();
            assertThat(table.get(0)).as(pair + " left").isEqualTo(row(left));
            assertThat(table.get(1)).as(pair + " right").isEqualTo(row(right));
            // Every connection made is in the table once the pools are closed: closed at release or by the shutdown.
            for (List<String> side : table) {
                assertThat(Long.parseLong(side.get(2)) + Long.parseLong(side.get(3))).as(pair)
                        .isEqualTo(Long.parseLong(side.get(0)));
            }
            switch (pair) {
                case "at-once-spread" -> {
                    assertThat(left.reused()).isZero();
                    assertThat(right.reused()).isPositive();
                }
                case "go-bounded" -> {
                    assertThat(left.created()).isEqualTo(25);
                    assertThat(left.closedAtRelease()).as("a full pool closes what comes back").isPositive();
                    assertThat(right.peakInUse()).isEqualTo(3);
                    assertThat(right.waits()).isPositive();
                }
                default -> {
                    assertThat(left.closedAtShutdown()).isEqualTo(2);
                    assertThat(right.closedAtShutdown()).isEqualTo(5);
                    assertThat(left.reused()).isZero();
                    assertThat(right.reused()).isZero();
                }
            }
        }
    }

    @Test
    void theTablesHeadersAreDistinctInBothLanguagesAndThePoolsNameBothWaysOfClosing() {
        for (java.util.Locale language : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            for (int page : List.of(RUNNER, POOL)) {
                cf.fx.robot.interact(() -> cf.fx.shell.setLocale(language));
                cf.open(page, null);
                cf.press(cf.fx.shell::startOrPause);
                cf.runToEnd();
                List<String> heads = cf.fx.onFx(() -> cf.fx.robot.lookup("#compareOutcome")
                        .queryAs(javafx.scene.Parent.class).getChildrenUnmodifiable().stream()
                        .filter(n -> n.getStyleClass().contains("compare-outcome-title")
                                || n.getStyleClass().contains("compare-outcome-name"))
                        .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
                assertThat(heads).as(language + " page " + page).doesNotHaveDuplicates().hasSizeGreaterThan(4);
                if (page == POOL) {
                    assertThat(heads).contains(I18n.get("pool.counter.closedAtRelease"),
                            I18n.get("compare.pool.closedByShutdown"));
                }
            }
        }
    }

    @Test
    void aPoolClosedMidRunCountsWhatComesBackAfterCloseAsClosedByTheShutdown() {
        CompareModel<PoolModel, ?> m = cf.startFor(POOL, "go-bounded", Duration.ofMillis(1200));
        cf.press(m::act);
        cf.runToEnd();
        PoolStats right = m.right().demo().pool().stats();
        assertThat(right.closedAfterShutdown()).as("held at Close, closed as they come back").isPositive();
        List<String> row = cf.table().get(1);
        assertThat(Long.parseLong(row.get(3))).isEqualTo(right.closedAtShutdown() + right.closedAfterShutdown());
        assertThat(Long.parseLong(row.get(2)) + Long.parseLong(row.get(3))).as("every connection made")
                .isEqualTo(right.created());
    }

    @Test
    void theRunnersTableSaysWhoLeaks() {
        cf.open(RUNNER, "leak-fixed");
        CompareModel<RunnerModel, ?> m = cf.model();
        cf.press(cf.fx.shell::startOrPause);
        cf.runToEnd();
        List<List<String>> table = cf.table();
        for (CompareModel.Side side : CompareModel.Side.values()) {
            RunnerModel r = m.side(side);
            RunnerEvent.Ended end = only(r.history(), RunnerEvent.Ended.class);
            assertThat(end.outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(table.get(side.ordinal())).isEqualTo(List.of(
                    I18n.get("outcome." + end.outcome().name()),
                    Integer.toString(end.outcome().exitCode()),
                    Integer.toString(r.liveThreadsProperty().get()),
                    Long.toString(RunnerPattern.tasksAfterReturn(r.history()))));
        }
        // The leak keeps one goroutine, blocked forever, after running three more tasks for nobody; the fix none.
        assertThat(table.get(0).subList(2, 4)).isEqualTo(List.of("1", "3"));
        assertThat(table.get(1).subList(2, 4)).isEqualTo(List.of("0", "0"));
        assertThat(cf.clock().liveParticipants()).as("the threads of both runs on the one clock").hasSize(1);
        assertThat(m.left().history()).anyMatch(e -> e instanceof RunnerEvent.BackgroundBlocked);
        assertThat(m.right().history()).anyMatch(e -> e instanceof RunnerEvent.BackgroundCancelled);
    }

    @Test
    void whatDiffersIsMarkedOnBothSidesAndCopyingClearsIt() {
        cf.open(RUNNER, "leak-fixed");
        CompareModel<RunnerModel, ?> m = cf.model();
        assertThat(marked("left")).containsExactly("setting-left-mode");
        assertThat(marked("right")).containsExactly("setting-right-mode");
        cf.fx.robot.interact(() -> cf.fx.robot.lookup("#copyToRight").queryAs(ButtonBase.class).fire());
        assertThat(m.right().modeProperty().get()).isEqualTo(RunnerMode.GO_FAITHFUL);
        assertThat(marked("left")).isEmpty();
        assertThat(marked("right")).isEmpty();
        // Then one thing changed on one side: that one thing is marked.
        cf.fx.robot.interact(() -> m.right().seedProperty().set(7));
        assertThat(marked("left")).containsExactly("setting-left-seed");
        assertThat(marked("right")).containsExactly("setting-right-seed");
    }

    @Test
    void saveTraceWritesOneTracePerSide() throws IOException {
        cf.open(RUNNER, "leak-fixed");
        CompareModel<RunnerModel, ?> m = cf.model();
        cf.press(cf.fx.shell::startOrPause);
        cf.runToEnd();
        Path target = out.resolve("runner-trace.jsonl");
        assertThat(cf.fx.onFx(() -> cf.fx.shell.window().exportTrace(target))).isTrue();
        List<String> left = Files.readAllLines(out.resolve("runner-trace-left.jsonl"));
        List<String> right = Files.readAllLines(out.resolve("runner-trace-right.jsonl"));
        // Each side's trace is what the command line writes for its run: a header, then the events up to the exit.
        assertThat(left).hasSize(1 + cf.fx.onFx(() -> TraceFiles.saved(m.left()).events().size()));
        assertThat(right).hasSize(1 + cf.fx.onFx(() -> TraceFiles.saved(m.right()).events().size()));
        assertThat(String.join("\n", left)).contains("BackgroundLeaked").doesNotContain("BackgroundCancelled");
        assertThat(String.join("\n", right)).doesNotContain("BackgroundLeaked");
        assertThat(left.getLast()).contains("\"type\":\"Ended\"");
        assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup("#statusMessage").queryLabeled().getText())).contains("runner-trace-left.jsonl").contains("runner-trace-right.jsonl");
    }

    @Test
    void resetStopsBothRunsAndAStartAfterItStartsBothAgain() {
        CompareModel<RunnerModel, ?> m = cf.startFor(RUNNER, "leak-fixed", Duration.ofSeconds(2));
        cf.press(cf.fx.shell::reset);
        assertThat(m.left().startedProperty().get()).isFalse();
        assertThat(m.right().startedProperty().get()).isFalse();
        assertThat(cf.clock().liveParticipants()).as("no thread of either run is left").isEmpty();
        assertThat(m.pausedProperty().get()).isFalse();
        cf.press(cf.fx.shell::startOrPause);
        assertThat(m.left().isRunning()).isTrue();
        assertThat(m.right().isRunning()).isTrue();
        assertThat(m.left().timeProperty().get()).isEqualTo(Duration.ZERO).isEqualTo(m.right().timeProperty().get());
    }

    @Test
    void leavingCompareModeStopsThePairAndShowsThePageAgain() {
        CompareModel<RunnerModel, ?> m = cf.startFor(RUNNER, "leak-fixed", Duration.ofSeconds(2));
        cf.fx.robot.interact(() -> cf.fx.shell.setLocale(I18n.CHINESE));
        assertThat(cf.fx.shell.comparing()).as("a language switch keeps compare mode").isPresent();
        assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup("#leaveCompare").queryAs(ButtonBase.class).getText()))
                .isEqualTo(I18n.get("compare.leave"));
        cf.fx.robot.interact(() -> cf.fx.robot.lookup("#leaveCompare").queryAs(ButtonBase.class).fire());
        assertThat(cf.fx.shell.comparing()).isEmpty();
        assertThat(m.left().clock().liveParticipants()).as("no thread of the pair goes on").isEmpty();
        assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup("#compareView").tryQuery().isPresent())).isFalse();
        assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup("#runnerView").tryQuery().isPresent())).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    private ButtonBase compareButton() {
        return cf.fx.robot.lookup("#compareButton").queryAs(ButtonBase.class);
    }

    @SuppressWarnings("unchecked")
    private void choose(String presetId) {
        cf.press(() -> {
            ComboBox<Preset> box = cf.fx.robot.lookup("#presetBox").queryAs(ComboBox.class);
            box.getSelectionModel().select(box.getItems().stream().filter(p -> p.id().equals(presetId)).findFirst()
                    .orElseThrow());
        });
    }

    private ButtonBase button(CompareModel.Side side, String id) {
        ComparePage<?, ?> page = cf.fx.shell.comparing().orElseThrow();
        return (ButtonBase) page.view().sideView(side).lookup(id);
    }

    private List<String> marked(String side) {
        return cf.fx.onFx(() -> cf.fx.robot.lookup("#compareSettings-" + side).queryAs(javafx.scene.layout.Pane.class)
                .getChildren().stream().filter(n -> n.getStyleClass().contains("compare-differs"))
                .map(Node::getId).toList());
    }


    private static List<String> row(PoolStats s) {
        Function<Long, String> n = v -> gopatterns.ui.pool.PoolEventText.counts().format(v);
        return List.of(n.apply(s.created()), n.apply(s.reused()), n.apply(s.closedAtRelease()),
                n.apply(s.closedAtShutdown() + s.closedAfterShutdown()), n.apply((long) s.peakInUse()), n.apply(s.waits()),
                n.apply(s.refusedAcquires()));
    }

    private static <T extends GoEvent> T only(List<? extends GoEvent> events, Class<T> type) {
        List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as("events of type " + type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }
}
