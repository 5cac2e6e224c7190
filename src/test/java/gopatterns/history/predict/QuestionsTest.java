package gopatterns.history.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.event.GoEvent;
import gopatterns.history.pool.predict.ConnectionsMade;
import gopatterns.history.pool.predict.FactoryFailure;
import gopatterns.history.runner.predict.StartReturns;
import gopatterns.history.runner.predict.TaskAtTimeout;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.runner.InterruptDelivery;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.I18n;
import gopatterns.ui.shell.Lessons;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The questions' rules on runs written out event by event, for the ways a run can go that the presets' own runs
 * (see {@code PredictFirstTest}) do not: no interrupt at all, no timeout, a pool never closed.
 */
class QuestionsTest {

    @AfterEach
    void english() {
        I18n.localeProperty().set(I18n.ENGLISH);
    }

    @Test
    void everyPresetAsksAQuestionWorded2To4WaysInBothLanguages() {
        for (Locale locale : I18n.SUPPORTED) {
            I18n.localeProperty().set(locale);
            for (Lessons.Lesson lesson : Lessons.all()) {
                for (String name : lesson.presets()) {
                    Question q = Lessons.question(lesson.presetId(name)).orElseThrow();
                    assertThat(I18n.find(q.questionKey())).as(q.id() + " " + locale).isNotBlank();
                    for (int i = 0; i < q.answers(); i++) {
                        assertThat(I18n.find(q.answerKey(i))).as(q.answerKey(i) + " " + locale).isNotBlank();
                    }
                    assertThat(I18n.find(q.answerKey(q.answers()))).as("an answer beyond " + q.id()).isNull();
                }
            }
        }
        assertThat(Lessons.question("runner.no-such-preset")).isEmpty();
    }

    @Test
    void aQuestionHasTwoToFourAnswers() {
        assertThatThrownBy(() -> new Question("one", 1, StartReturns::new)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Question("five", 5, StartReturns::new)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInterruptNeverSentIsNotSeenAndTheReasonSaysNoneWasSent() {
        Question q = Lessons.question("runner.interrupt-mid-task").orElseThrow();
        Verdict v = q.decide(List.of(started(1), finished(2, 0), ended(3, Outcome.COMPLETED))).orElseThrow();
        assertThat(v).isEqualTo(Verdict.of(2, 3, "interruptSeen.notSent"));
    }

    @Test
    void anInterruptSentAfterTheLastCheckIsNotSeenAtTheEnd() {
        Question q = Lessons.question("runner.interrupt-too-late").orElseThrow();
        Verdict v = q.decide(List.of(started(1), new RunnerEvent.InterruptRequested(2, 0, InterruptDelivery.QUEUED),
                finished(3, 2), ended(4, Outcome.TIMEOUT))).orElseThrow();
        assertThat(v).isEqualTo(Verdict.of(1, 4, "interruptSeen.tooLate"));
    }

    @Test
    void anInterruptSeenIsDecidedByTheCheckThatSawIt() {
        Question q = Lessons.question("runner.interrupt-mid-task").orElseThrow();
        Verdict v = q.decide(List.of(started(1), new RunnerEvent.InterruptRequested(2, 0, InterruptDelivery.QUEUED),
                finished(3, 1), new RunnerEvent.InterruptObserved(4, 0, 2), ended(5, Outcome.INTERRUPTED)))
                .orElseThrow();
        assertThat(v).isEqualTo(Verdict.of(1, 4, "interruptSeen.seen", 2));
    }

    @Test
    void withoutATimeoutStartWaitsForTheTaskAndNoGoroutineIsLeft() {
        List<GoEvent> completed = List.of(started(1), finished(2, 2), ended(3, Outcome.COMPLETED));
        assertThat(Lessons.question("runner.timeout-wins").orElseThrow().decide(completed))
                .contains(Verdict.of(TaskAtTimeout.START_WAITS, 3, "taskAtTimeout.noTimeout"));
        Verdict leak = Lessons.question("runner.leak").orElseThrow().decide(completed).orElseThrow();
        assertThat(leak.decided()).isFalse();
        assertThat(leak.seq()).isEqualTo(3);
    }

    @Test
    void anUnfinishedRunDecidesNothingYet() {
        assertThat(Lessons.question("runner.book").orElseThrow().decide(List.of(started(1), finished(2, 0))))
                .isEmpty();
    }

    @Test
    void connectionsAreCountedWhenTheLastWorkerHasOne() {
        List<GoEvent> run = List.of(new PoolEvent.PoolCreated(1, 0, 2, PoolMode.GO_COMPATIBLE, 0),
                new PoolEvent.DemoStarted(2, 0, 3),
                new PoolEvent.ResourceCreated(3, 0, 1), acquired(4, 1, 1, false),
                new PoolEvent.ResourceCreated(5, 0, 2), acquired(6, 2, 2, false),
                acquired(7, 3, 1, true), new PoolEvent.Shutdown(8, 0));
        assertThat(Lessons.question("pool.spread").orElseThrow().decide(run))
                .contains(Verdict.of(ConnectionsMade.SLOTS, 7, "connections.slots", 2, 3));
    }

    @Test
    void moreThanHalfWaitingIsDecidedByTheWaitThatPassesHalf() {
        List<GoEvent> run = List.of(new PoolEvent.DemoStarted(1, 0, 3),
                new PoolEvent.WaitStarted(2, 0, 1), new PoolEvent.WaitStarted(3, 0, 2), new PoolEvent.WaitStarted(4, 0, 3),
                acquired(5, 1, 1, true), acquired(6, 2, 1, true), acquired(7, 3, 1, true));
        assertThat(Lessons.question("pool.bounded").orElseThrow().decide(run))
                .contains(Verdict.of(2, 3, "wait.most", 2, 3));
    }

    @Test
    void oneConnectionEachIsDecidedByTheLastOneMade() {
        List<GoEvent> run = List.of(new PoolEvent.PoolCreated(1, 0, 1, PoolMode.GO_COMPATIBLE, 0),
                new PoolEvent.DemoStarted(2, 0, 2),
                new PoolEvent.ResourceCreated(3, 0, 1), new PoolEvent.ResourceCreated(4, 0, 2),
                acquired(5, 1, 1, false), acquired(6, 2, 2, false));
        assertThat(Lessons.question("pool.at-once").orElseThrow().decide(run))
                .contains(Verdict.of(2, 4, "connections.oneEach", 2, 2));
    }

    @Test
    void aPoolNeverClosedBeforeTheLastArrivalDecidesNothing() {
        List<GoEvent> run = List.of(new PoolEvent.DemoStarted(1, 0, 1), acquired(2, 1, 1, false),
                new PoolEvent.Shutdown(3, 0), new PoolEvent.PoolClosed(4, 0, 1));
        Verdict v = Lessons.question("pool.close-busy").orElseThrow().decide(run).orElseThrow();
        assertThat(v).isEqualTo(Verdict.undecided(2, "afterClose.notClosed"));
    }

    @Test
    void aFailureAfterACloseIsNotTheFactorys() {
        List<GoEvent> run = List.of(new PoolEvent.DemoStarted(1, 0, 3),
                new PoolEvent.FactoryFailed(2, 0, "connection refused"),
                new PoolEvent.AcquireRefused(3, 0),
                new PoolEvent.WorkerFailed(4, 0, 7, "Pool has been closed"),
                new PoolEvent.WorkerFailed(5, 0, 8, "Create failed: connection refused"));
        assertThat(Lessons.question("pool.flaky").orElseThrow().decide(run))
                .contains(Verdict.of(FactoryFailure.GIVES_UP, 5, "factory.givesUp", 8));
    }

    private static RunnerEvent started(long seq) {
        return new RunnerEvent.Started(seq, 0, 3);
    }

    private static RunnerEvent finished(long seq, int task) {
        return new RunnerEvent.TaskFinished(seq, 0, task);
    }

    private static RunnerEvent ended(long seq, Outcome outcome) {
        return new RunnerEvent.Ended(seq, 0, outcome, false);
    }

    private static PoolEvent acquired(long seq, int worker, long resource, boolean shared) {
        return new PoolEvent.WorkerAcquired(seq, 0, worker, resource, shared);
    }
}
