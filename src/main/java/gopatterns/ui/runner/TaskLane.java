package gopatterns.ui.runner;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Animated;
import gopatterns.ui.common.Motion;
import gopatterns.ui.common.ViewListeners;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The tasks moving from Queued to Running to Done. Cards slide between the columns at a pace that follows
 * the clock's speed. With many tasks the cards shrink so that every one stays in view. After a timeout in
 * Go-faithful mode the Running column becomes the leaked goroutine's.
 */
final class TaskLane extends Pane implements Animated {

    private static final PseudoClass LEAKED = PseudoClass.getPseudoClass("leaked");
    private static final double GAP = 8;
    private static final double HEADER = 28;
    private static final double BADGE_ROOM = 10;
    /** Up to this many tasks every card is full size; beyond, the cards not running are compact. */
    private static final int FULL_CARDS_UP_TO = 6;
    /** Share of the width of each column. */
    private static final Map<TaskState.Column, Double> SHARE = new EnumMap<>(Map.of(
            TaskState.Column.QUEUE, 0.4, TaskState.Column.RUNNING, 0.2, TaskState.Column.DONE, 0.4));
    /** Seconds of virtual time a card takes to move from one column to the next. */
    private static final double MOVE_SECONDS = 0.35;

    private final RunnerModel model;
    private final Map<TaskState.Column, Region> columns = new EnumMap<>(TaskState.Column.class);
    private final Map<TaskState.Column, Label> headers = new EnumMap<>(TaskState.Column.class);
    private final Label runningEmpty = new Label(I18n.get("lane.empty"));
    private final Map<TaskItem, TaskCard> cards = new LinkedHashMap<>();
    private double scale = 1;

    TaskLane(RunnerModel model, ViewListeners listeners) {
        this.model = model;
        setId("taskLane");
        getStyleClass().add("task-lane");
        setMinHeight(HEADER + TaskCard.HEIGHT * 0.6 + 2 * GAP);
        for (TaskState.Column c : TaskState.Column.values()) {
            Region column = new Region();
            column.getStyleClass().addAll("lane-column", "lane-column-" + c.name().toLowerCase());
            Label header = new Label();
            header.setId("lane-header-" + c.name().toLowerCase());
            header.getStyleClass().add("lane-header");
            columns.put(c, column);
            headers.put(c, header);
            getChildren().addAll(column, header);
        }
        headers.get(TaskState.Column.QUEUE).setText(I18n.get("lane.queued"));
        headers.get(TaskState.Column.DONE).setText(I18n.get("lane.done"));
        runningEmpty.getStyleClass().add("lane-empty");
        getChildren().add(runningEmpty);

        listeners.onList(model.tasks(), (ListChangeListener<TaskItem>) c -> rebuildCards());
        rebuildCards();
        listeners.onValue(model.leakProperty(), leak -> {
            boolean leaked = leak == LeakState.LEAKED_RUNNING || leak == LeakState.BLOCKED_FOREVER;
            pseudoClassStateChanged(LEAKED, leaked);
            headers.get(TaskState.Column.RUNNING).setText(I18n.get(leaked ? "lane.running.leaked" : "lane.running"));
        });
        listeners.onAny(this::showInterruptWaiting, model.interruptProperty(), model.runningTaskProperty());
    }

    /** The lane is being dropped: its cards stop listening to the model's tasks. */
    void releaseCards() {
        cards.values().forEach(TaskCard::release);
    }

    private void rebuildCards() {
        getChildren().removeAll(cards.values());
        cards.values().forEach(TaskCard::release);
        cards.clear();
        for (TaskItem item : model.tasks()) {
            cards.put(item, new TaskCard(item));
        }
        getChildren().addAll(cards.values());
        showInterruptWaiting();
        requestLayout();
    }

    private void showInterruptWaiting() {
        boolean pending = model.interruptProperty().get().state() == InterruptStatus.State.PENDING;
        cards.values().forEach(card -> card.setInterruptWaiting(pending));
    }

    /** The card of task {@code id}, for tests. */
    TaskCard card(int id) {
        return cards.values().stream().filter(c -> c.item().id() == id).findFirst().orElseThrow();
    }

    /** Puts every sliding card at its place now (a picture must not catch them halfway). */
    @Override
    public void finishMotion() {
        layout();
        cards.values().forEach(TaskCard::finishMove);
    }

    /** The column a card is placed in, read from where it is laid out. */
    TaskState.Column columnAt(double x) {
        for (var e : columns.entrySet()) {
            Region r = e.getValue();
            if (x >= r.getLayoutX() && x < r.getLayoutX() + r.getWidth()) {
                return e.getKey();
            }
        }
        return null;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double left = snappedLeftInset();
        double top = snappedTopInset();

        Map<TaskState.Column, double[]> area = new EnumMap<>(TaskState.Column.class);
        double x = left;
        double columnsWidth = w - 2 * GAP;
        for (TaskState.Column c : TaskState.Column.values()) {
            double cw = columnsWidth * SHARE.get(c);
            columns.get(c).resizeRelocate(x, top, cw, h);
            Label header = headers.get(c);
            header.resizeRelocate(x + GAP, top + 4, cw - 2 * GAP, HEADER - 6);
            area.put(c, new double[] {x, top + HEADER, cw, h - HEADER});
            x += cw + GAP;
        }

        Map<TaskState.Column, List<TaskCard>> byColumn = new EnumMap<>(TaskState.Column.class);
        for (TaskState.Column c : TaskState.Column.values()) {
            byColumn.put(c, new ArrayList<>());
        }
        for (TaskCard card : cards.values()) {
            byColumn.get(card.item().state().column()).add(card);
        }
        boolean compact = cards.size() > FULL_CARDS_UP_TO;
        scale = fittingScale(area.get(TaskState.Column.QUEUE), cards.size(),
                compact ? TaskCard.COMPACT_HEIGHT : TaskCard.HEIGHT);
        javafx.util.Duration pace = Motion.of(MOVE_SECONDS, model.speedProperty().get());
        for (var e : byColumn.entrySet()) {
            double[] a = area.get(e.getKey());
            // The running task keeps its full card: it shows its progress.
            boolean compactHere = compact && e.getKey() != TaskState.Column.RUNNING;
            double s = compactHere ? scale : Math.min(scale, Math.max(0.6, (a[3] - BADGE_ROOM - GAP) / TaskCard.HEIGHT));
            double cardW = TaskCard.WIDTH * s;
            int perRow = perRow(a[2], cardW);
            List<TaskCard> inColumn = e.getValue();
            double rowWidth = Math.min(inColumn.size(), perRow) * (cardW + GAP) - GAP;
            double startX = a[0] + Math.max(GAP, (a[2] - rowWidth) / 2);
            // The running card wears a badge on its top edge: leave it room below the header.
            double startY = a[1] + GAP / 2 + (e.getKey() == TaskState.Column.RUNNING ? BADGE_ROOM : 0);
            for (int i = 0; i < inColumn.size(); i++) {
                TaskCard card = inColumn.get(i);
                card.setCompact(compactHere);
                double unscaledH = card.height();
                double cardH = unscaledH * s;
                card.resize(TaskCard.WIDTH, unscaledH);
                card.setScaleX(s);
                card.setScaleY(s);
                // Scaling keeps the centre: place the unscaled box so that the scaled one lands here.
                double cx = startX + (i % perRow) * (cardW + GAP) - (TaskCard.WIDTH - cardW) / 2;
                double cy = startY + (i / perRow) * (cardH + GAP) - (unscaledH - cardH) / 2;
                card.moveTo(e.getKey(), i, Math.round(cx), Math.round(cy), pace);
            }
        }
        double[] running = area.get(TaskState.Column.RUNNING);
        runningEmpty.setVisible(byColumn.get(TaskState.Column.RUNNING).isEmpty());
        runningEmpty.resizeRelocate(running[0], running[1], running[2], Math.min(running[3], TaskCard.HEIGHT));
    }

    private static int perRow(double width, double cardW) {
        return Math.max(1, (int) ((width - GAP) / (cardW + GAP)));
    }

    /** The largest scale, down to 0.6, at which all tasks fit in the queue column (where they all start). */
    private static double fittingScale(double[] queue, int n, double cardHeight) {
        for (double s = 1; s > 0.6; s -= 0.05) {
            int perRow = perRow(queue[2], TaskCard.WIDTH * s);
            int rows = (n + perRow - 1) / perRow;
            if (rows * (cardHeight * s + GAP) <= queue[3]) {
                return s;
            }
        }
        return 0.6;
    }
}
