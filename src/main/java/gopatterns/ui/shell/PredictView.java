package gopatterns.ui.shell;

import gopatterns.history.predict.Question;
import gopatterns.history.predict.Verdict;
import gopatterns.ui.I18n;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What {@link PredictFirst} shows: the question (and later the answer) as a card over the view, and while the
 * run plays a one-line bar under the toolbar that hides nothing of the view. Built again on every change of
 * phase, and with the window on a change of language.
 */
final class PredictView {

    private static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    /** On the question's cover while it is asked: it hides the view. */
    private static final PseudoClass ANSWER_OPEN = PseudoClass.getPseudoClass("answer-open");
    private static final List<KeyCode> ANSWER_KEYS = List.of(KeyCode.A, KeyCode.B, KeyCode.C, KeyCode.D);

    private final PredictFirst predict;
    private final StackPane content;
    private final VBox top;
    private final StackPane overlay = new StackPane();
    private final HBox bar = new HBox(8);
    private final Label barText = new Label();
    private final Subscription subscription;
    private final EventHandler<KeyEvent> letters = this::letterKey;

    /**
     * @param content the window's content stack: the card goes over the view there
     * @param top     the box of menu and toolbar, in the window: the bar goes at its end
     */
    PredictView(PredictFirst predict, StackPane content, VBox top) {
        this.predict = predict;
        this.content = content;
        this.top = top;
        overlay.setId("predictOverlay");
        overlay.getStyleClass().add("predict-overlay");
        bar.setId("predictBar");
        bar.getStyleClass().add("predict-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        barText.setId("predictBarText");
        barText.setWrapText(true);
        barText.setMinHeight(Region.USE_PREF_SIZE);
        barText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(barText, Priority.ALWAYS);
        bar.getChildren().addAll(new FontIcon("mdi2h-head-question-outline"), barText);
        subscription = Subscription.combine(
                predict.phaseProperty().subscribe(p -> refresh()),
                predict.teacherProperty().subscribe(t -> refresh()),
                content.sceneProperty().subscribe((old, now) -> {
                    if (old != null) {
                        old.removeEventFilter(KeyEvent.KEY_PRESSED, letters);
                    }
                    if (now != null) {
                        now.addEventFilter(KeyEvent.KEY_PRESSED, letters);
                    }
                }));
    }

    /** A to D choose an answer while the question waits for one (not in a text field: letters are typed there). */
    private void letterKey(KeyEvent e) {
        int i = ANSWER_KEYS.indexOf(e.getCode());
        if (i >= 0 && !e.isShortcutDown() && !(e.getTarget() instanceof TextInputControl)
                && predict.phase() == PredictFirst.Phase.ASKING && !predict.teacherProperty().get()
                && i < predict.question().answers()) {
            predict.choose(i);
            e.consume();
        }
    }

    /** The card over the view, while it is shown; tests look at it. */
    StackPane overlay() {
        return overlay;
    }

    void dispose() {
        subscription.unsubscribe();
        if (content.getScene() != null) {
            content.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, letters);
        }
        content.getChildren().remove(overlay);
        top.getChildren().remove(bar);
        answerOpen(false);
    }

    private void refresh() {
        PredictFirst.Phase phase = predict.phase();
        boolean card = phase == PredictFirst.Phase.ASKING || phase == PredictFirst.Phase.REVEALED;
        boolean strip = phase == PredictFirst.Phase.RUNNING || phase == PredictFirst.Phase.DECIDED;
        content.getChildren().remove(overlay);
        top.getChildren().remove(bar);
        answerOpen(phase == PredictFirst.Phase.ASKING || strip);
        // The question covers the view: read behind it, the view's texts would answer it.
        overlay.pseudoClassStateChanged(ANSWER_OPEN, phase == PredictFirst.Phase.ASKING);
        if (card) {
            overlay.getChildren().setAll(scrolled(card()));
            content.getChildren().add(overlay);
        } else if (strip) {
            barText.setText(barText());
            top.getChildren().add(bar);
        }
    }

    /** The window's hints, which would tell the answer, are hidden while it is open (see predict.css). */
    private void answerOpen(boolean open) {
        List<String> classes = top.getParent().getStyleClass();
        classes.remove("answer-open");
        if (open) {
            classes.add("answer-open");
        }
    }

    private String barText() {
        String question = I18n.get(predict.question().questionKey());
        if (predict.phase() == PredictFirst.Phase.DECIDED) {
            return question + "  " + I18n.get("predict.bar.decided");
        }
        return question + "  " + (predict.teacherProperty().get() ? I18n.get("predict.bar.teacher")
                : I18n.get("predict.bar.yours", letter(predict.chosen())));
    }

    /** On a short screen the card scrolls rather than being cut. */
    private static Node scrolled(VBox card) {
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("predict-scroll");
        scroll.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // A scroll pane asks its content's height for no width, which is one line of each wrapped text: as
        // high as the card laid out at its width instead, or what the window has room for.
        card.heightProperty().subscribe(h -> scroll.setPrefViewportHeight(h.doubleValue()));
        scroll.setFocusTraversable(false);
        StackPane.setAlignment(scroll, Pos.CENTER);
        return scroll;
    }

    private VBox card() {
        Question q = predict.question();
        boolean teacher = predict.teacherProperty().get();
        boolean asking = predict.phase() == PredictFirst.Phase.ASKING;
        VBox card = new VBox(12);
        card.setId("predictCard");
        card.getStyleClass().add("predict-card");
        if (teacher) {
            card.getStyleClass().add("teacher");
        }
        card.getChildren().add(wrapped(I18n.get(teacher ? "predict.teacher.title" : "predict.title"), "predict-title"));
        Label question = wrapped(I18n.get(q.questionKey()), "predict-question");
        question.setId("predictQuestion");
        card.getChildren().add(question);
        VBox answers = new VBox(8);
        for (int i = 0; i < q.answers(); i++) {
            answers.getChildren().add(asking && !teacher ? answerButton(q, i) : answerRow(q, i));
        }
        card.getChildren().add(answers);
        if (asking) {
            card.getChildren().add(wrapped(I18n.get(teacher ? "predict.teacher.hint" : "predict.choose"), "predict-hint"));
        } else {
            card.getChildren().addAll(verdictLines());
        }
        card.getChildren().add(buttons(asking, teacher));
        return card;
    }

    private Button answerButton(Question q, int i) {
        Button b = new Button(I18n.get(q.answerKey(i)), letterBadge(i));
        b.setId("predictAnswer" + i);
        b.getStyleClass().add("predict-answer");
        b.setWrapText(true);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setOnAction(e -> predict.choose(i));
        return b;
    }

    private HBox answerRow(Question q, int i) {
        Label text = wrapped(I18n.get(q.answerKey(i)), "predict-answer-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, letterBadge(i), text);
        row.setId("predictAnswer" + i);
        row.getStyleClass().add("predict-answer");
        row.setAlignment(Pos.CENTER_LEFT);
        Verdict v = predict.verdict();
        boolean revealed = predict.phase() == PredictFirst.Phase.REVEALED;
        boolean right = revealed && v.answer() == i;
        boolean chosen = predict.chosen() == i;
        row.pseudoClassStateChanged(RIGHT, right);
        row.pseudoClassStateChanged(CHOSEN, chosen);
        // Words and an icon, never the colour alone.
        if (right) {
            row.getChildren().add(mark("mdi2c-check-circle", "predict.right", "predictRightMark"));
        }
        if (chosen) {
            row.getChildren().add(mark("mdi2a-account-check-outline", "predict.yours", "predictChosenMark"));
        }
        return row;
    }

    private static Label mark(String icon, String key, String id) {
        Label mark = new Label(I18n.get(key), new FontIcon(icon));
        mark.setId(id);
        mark.getStyleClass().add("predict-mark");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        return mark;
    }

    private Node[] verdictLines() {
        Verdict v = predict.verdict();
        String result = !v.decided() ? "predict.undecided"
                : predict.chosen() == Verdict.UNDECIDED ? null
                : predict.chosen() == v.answer() ? "predict.youWereRight" : "predict.youWereWrong";
        Label why = wrapped(I18n.get("predict.why." + v.reason(), v.args().toArray()), "predict-why");
        why.setId("predictWhy");
        if (result == null) {
            return new Node[] {why};
        }
        Label said = wrapped(I18n.get(result), "predict-result");
        said.setId("predictResult");
        return new Node[] {said, why};
    }

    private HBox buttons(boolean asking, boolean teacher) {
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_RIGHT);
        if (asking) {
            if (teacher) {
                row.getChildren().add(button("predictStart", "predict.teacher.start", predict::startForRoom));
            }
            row.getChildren().add(button("predictCancel", "predict.cancel", predict::close));
        } else {
            if (predict.canShowMoment()) {
                row.getChildren().add(button("predictShowMoment", "predict.showMoment", predict::showMoment));
            }
            row.getChildren().add(button("predictClose", "predict.close", predict::close));
        }
        return row;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label letterBadge(int i) {
        Label l = new Label(letter(i));
        l.getStyleClass().add("predict-letter");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A, B, C, D. */
    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
