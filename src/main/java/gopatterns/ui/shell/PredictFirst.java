package gopatterns.ui.shell;

import gopatterns.event.GoEvent;
import gopatterns.history.predict.Question;
import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Subscription;

/**
 * View → Predict first: before a preset's run, its question; the answer chosen is locked in, the run plays,
 * and at the event that decides the question the right answer is marked. In teacher mode nobody answers in the
 * app: the class shows hands, and the answer is revealed on a key press once the run has decided it.
 *
 * <p>The right answer is never stored with the question: the question's rule reads it from the run's history,
 * event by event, as the history grows. FX thread.
 */
final class PredictFirst {

    /** Where a prediction is. */
    enum Phase {
        /** No question asked. */
        NONE,
        /** The question is shown; the run has not started. */
        ASKING,
        /** The run plays; it has not decided the question yet. */
        RUNNING,
        /** Teacher mode: the run has decided, the answer waits for the reveal key. */
        DECIDED,
        /** The right answer is marked. */
        REVEALED
    }

    /**
     * Shows the state right after the event {@code seq} of a model's run: "Show that moment". Until the
     * history timeline is part of the app there is none, and the button is not shown.
     */
    interface Seek {
        void toSeq(SimulationModel<?> model, long seq);
    }

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final BooleanProperty teacher = new SimpleBooleanProperty(this, "teacher");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.NONE);
    private final Seek seek;

    private SimulationModel<?> model;
    private Question question;
    private int chosen = Verdict.UNDECIDED;
    private Verdict verdict;
    private Rule rule;
    /** How many events of the run's history the rule has read. */
    private int read;
    private Subscription watch = Subscription.EMPTY;

    /** @param seek shows a moment of a run, or null where there is no timeline to show it in */
    PredictFirst(Seek seek) {
        this.seek = seek;
    }

    /** View → Predict first: Start asks the preset's question first. */
    BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Questions for the room: no answer chosen in the app, the reveal on a key. */
    BooleanProperty teacherProperty() {
        return teacher;
    }

    ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    Phase phase() {
        return phase.get();
    }

    Question question() {
        return question;
    }

    /** The answer locked in, or {@link Verdict#UNDECIDED} for none (teacher mode). */
    int chosen() {
        return chosen;
    }

    /** The run's verdict once it has decided, else null. */
    Verdict verdict() {
        return verdict;
    }

    boolean canShowMoment() {
        return seek != null && verdict != null;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Start was asked for on {@code m} with {@code preset} in effect. With Predict first on and a question for
     * the preset, the question is shown and the run waits for it (or, asked again in teacher mode, starts);
     * otherwise any earlier prediction is put away and the caller starts the run as usual.
     *
     * @return true if the start is taken care of here
     */
    boolean offerStart(SimulationModel<?> m, Optional<Preset> preset) {
        if (phase.get() == Phase.ASKING && m == model) {
            if (teacher.get()) {
                run();
            }
            return true;
        }
        Optional<Question> q = preset.flatMap(p -> Lessons.question(p.id()));
        close();
        if (!enabled.get() || q.isEmpty()) {
            return false;
        }
        model = m;
        question = q.get();
        phase.set(Phase.ASKING);
        return true;
    }

    /** The answer {@code index} (0 = A) is locked in and the run starts. */
    void choose(int index) {
        if (phase.get() == Phase.ASKING && !teacher.get()) {
            chosen = index;
            run();
        }
    }

    /** Teacher mode: starts the run with no answer chosen. */
    void startForRoom() {
        if (phase.get() == Phase.ASKING) {
            run();
        }
    }

    /** The reveal key: shows the answer the run has decided (teacher mode); before the decision it does nothing. */
    boolean reveal() {
        if (phase.get() != Phase.DECIDED) {
            return false;
        }
        phase.set(Phase.REVEALED);
        return true;
    }

    /** "Show that moment": the model shows its state right after the deciding event, and the card makes way. */
    void showMoment() {
        if (canShowMoment()) {
            seek.toSeq(model, verdict.seq());
            close();
        }
    }

    /** Puts the question or the answer away; a run going on goes on. */
    void close() {
        watch.unsubscribe();
        watch = Subscription.EMPTY;
        model = null;
        question = null;
        rule = null;
        verdict = null;
        chosen = Verdict.UNDECIDED;
        phase.set(Phase.NONE);
    }

    private void run() {
        SimulationModel<?> m = model;
        rule = question.rule().get();
        read = 0;
        phase.set(Phase.RUNNING);
        m.resume();
        m.start();
        // The rule reads the history as far as the view shows it: the reveal comes with the deciding event.
        watch = Subscription.combine(
                m.lastEventProperty().subscribe(e -> readHistory()),
                m.startedProperty().subscribe(started -> {
                    if (!started) { // reset, another page: this run will decide nothing more
                        close();
                    }
                }));
        readHistory();
    }

    private void readHistory() {
        if (rule == null || verdict != null) {
            return;
        }
        List<? extends GoEvent> history = model.history();
        for (; read < history.size(); read++) {
            Optional<Verdict> v = rule.apply(history.get(read));
            if (v.isPresent()) {
                verdict = v.get();
                read++;
                phase.set(teacher.get() ? Phase.DECIDED : Phase.REVEALED);
                return;
            }
        }
    }
}
