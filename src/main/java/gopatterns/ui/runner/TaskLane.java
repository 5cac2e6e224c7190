package gopatterns.ui.runner;

import gopatterns.history.runner.InterruptStatus;
import gopatterns.history.runner.LeakState;
import gopatterns.history.runner.TaskState;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The tasks moving from Queued to Running to Done. Cards slide between the columns at a pace that follows
 * the clock's speed. The running card keeps its size; on a short or crowded lane the cards waiting or done turn
 * compact (one line), then narrow, so that every card is wholly in view; if even that is too much, a column shows
 * the cards it has room for and counts the others ("+3"): no card is ever cut. After a timeout in
 * Go-faithful mode the Running column becomes the leaked goroutine's.
 */
final class TaskLane extends Pane implements Animated {

    private static final PseudoClass LEAKED = PseudoClass.getPseudoClass("leaked");
    private static final double GAP = 8;
    private static final double HEADER = 28;
    private static final double BADGE_ROOM = 10;
    /** Up to this many tasks every card is full size; beyond, the cards not running are compact. */
    private static final int FULL_CARDS_UP_TO = 6;
    /** Every card not running compact, however few: the lane of half a window (compare mode). */
    private boolean compactAlways;
    /** Seconds of virtual time a card takes to move from one column to the next. */
    private static final double MOVE_SECONDS = 0.35;

    private final RunnerModel model;
    private final Map<TaskState.Column, Region> columns = new EnumMap<>(TaskState.Column.class);
    private final Map<TaskState.Column, Label> headers = new EnumMap<>(TaskState.Column.class);
    private final Label runningEmpty = new Label(I18n.get("lane.empty"));
    /** "+3 more" in a side column whose cards do not all fit: the board says there is more, no card is cut. */
    private final Map<TaskState.Column, Label> more = new EnumMap<>(TaskState.Column.class);
    private final Map<TaskState.Column, Tooltip> moreTips = new EnumMap<>(TaskState.Column.class);
    private final Map<TaskItem, TaskCard> cards = new LinkedHashMap<>();
    /** The state is shown at once (a seek, a jump to the live edge): the next layout puts each card in place. */
    private boolean placeAtOnce;

    TaskLane(RunnerModel model, ViewListeners listeners) {
        this.model = model;
        setId("taskLane");
        getStyleClass().add("task-lane");
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
        for (TaskState.Column c : List.of(TaskState.Column.QUEUE, TaskState.Column.DONE)) {
            Label m = new Label();
            m.setId("lane-more-" + c.name().toLowerCase());
            m.getStyleClass().add("lane-more");
            m.setVisible(false);
            Tooltip tip = new Tooltip();
            m.setTooltip(tip);
            moreTips.put(c, tip);
            more.put(c, m);
            getChildren().add(m);
        }

        listeners.onList(model.tasks(), (ListChangeListener<TaskItem>) c -> rebuildCards());
        rebuildCards();
        listeners.onValue(model.leakProperty(), leak -> {
            boolean leaked = leak == LeakState.LEAKED_RUNNING || leak == LeakState.BLOCKED_FOREVER;
            pseudoClassStateChanged(LEAKED, leaked);
            headers.get(TaskState.Column.RUNNING).setText(I18n.get(leaked ? "lane.running.leaked" : "lane.running"));
        });
        listeners.onAny(this::showInterruptWaiting, model.interruptProperty(), model.runningTaskProperty());
        listeners.onAny(() -> {
            placeAtOnce = true;
            requestLayout();
        }, model.shownAtOnceProperty());
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

    /**
     * The lane in a scroll pane of its own, never shorter than the running card: on a short screen the lane fits
     * its cards in the height it gets (see {@link #fit}), so the goroutine rows below keep their place in view.
     */
    ScrollPane inScrollPane() {
        ScrollPane scroll = new ScrollPane(this) {
            @Override
            protected double computeMinHeight(double width) {
                return snappedTopInset() + snappedBottomInset() + runningRoom();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("task-lane-scroll");
        return scroll;
    }

    /** Every card not running compact, however few (compare mode's half a window); else only when many. */
    void setCompact(boolean always) {
        compactAlways = always;
        requestLayout();
    }

    /**
     * Height of the Running column with its full card, in pixels. In compare mode's half a window, while no task
     * runs (before the start, after the end), one compact row: the goroutine rows below, which tell the end
     * (a leak), keep their room, and the cards at the sides shrink to fit.
     */
    private double runningRoom() {
        boolean noneRunning = cards.values().stream()
                .noneMatch(c -> c.item().state().column() == TaskState.Column.RUNNING);
        if (compactAlways && noneRunning) {
            return snappedTopInset() + snappedBottomInset() + HEADER + GAP / 2 + TaskCard.COMPACT_HEIGHT + GAP;
        }
        return snappedTopInset() + snappedBottomInset() + HEADER + GAP / 2 + BADGE_ROOM + TaskCard.HEIGHT + GAP;
    }

    /** The lane needs room for every card in one column, at full size, or compact when there are many. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    /** Room for the running card: the cards at the sides fit the height the lane gets (see {@link #fit}). */
    @Override
    protected double computeMinHeight(double width) {
        return runningRoom();
    }

    /** Room for every card in one side column, full size unless there are many. */
    @Override
    protected double computePrefHeight(double width) {
        return heightFor(width, compactAlways || cards.size() > FULL_CARDS_UP_TO ? TaskCard.COMPACT_HEIGHT
                : TaskCard.HEIGHT);
    }

    private double heightFor(double width, double cardHeight) {
        // Asked without a width (as a scroll pane asks its content), it answers for the width it has.
        double known = width >= 0 ? width : getWidth() > 0 ? getWidth() : TaskCard.WIDTH * 8;
        double w = known - snappedLeftInset() - snappedRightInset();
        double side = HEADER + GAP + rows(columnWidths(w)[0], cards.size()) * (cardHeight + GAP);
        return Math.max(snappedTopInset() + snappedBottomInset() + side, runningRoom());
    }

    /**
     * Widths of the three columns: the Running column holds one full card and its header, the other two share
     * the rest.
     */
    private double[] columnWidths(double w) {
        Label runningHeader = headers.get(TaskState.Column.RUNNING);
        double running = Math.max(TaskCard.WIDTH + 2 * GAP, runningHeader.prefWidth(-1) + 2 * GAP);
        double side = Math.max(0, (w - running - 2 * GAP) / 2);
        return new double[] {side, running, side};
    }

    private int rows(double columnWidth, int n) {
        int perRow = perRow(columnWidth, TaskCard.WIDTH);
        return Math.max(1, (n + perRow - 1) / perRow);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double left = snappedLeftInset();
        double top = snappedTopInset();

        Map<TaskState.Column, List<TaskCard>> byColumn = new EnumMap<>(TaskState.Column.class);
        for (TaskState.Column c : TaskState.Column.values()) {
            byColumn.put(c, new ArrayList<>());
        }
        for (TaskCard card : cards.values()) {
            byColumn.get(card.item().state().column()).add(card);
        }
        Fit fit = fit(w, h - HEADER, byColumn.get(TaskState.Column.QUEUE).size(),
                byColumn.get(TaskState.Column.DONE).size());
        Map<TaskState.Column, double[]> area = new EnumMap<>(TaskState.Column.class);
        double x = left;
        for (TaskState.Column c : TaskState.Column.values()) {
            double cw = fit.widths[c.ordinal()];
            columns.get(c).resizeRelocate(x, top, cw, h);
            Label header = headers.get(c);
            header.resizeRelocate(x + GAP, top + 4, cw - 2 * GAP, HEADER - 6);
            area.put(c, new double[] {x, top + HEADER, cw, h - HEADER});
            x += cw + GAP;
        }
        javafx.util.Duration pace = Motion.of(MOVE_SECONDS, model.speedProperty().get());
        for (var e : byColumn.entrySet()) {
            TaskState.Column column = e.getKey();
            double[] a = area.get(column);
            // The running task keeps its full card: it shows its progress.
            boolean running = column == TaskState.Column.RUNNING;
            double cardW = running ? TaskCard.WIDTH : fit.cardW;
            double cardH = running ? TaskCard.HEIGHT : fit.cardH;
            int perRow = perRow(a[2], cardW);
            List<TaskCard> inColumn = e.getValue();
            // The cards that fit whole; if not all do, the last place says how many more there are.
            int capacity = running ? inColumn.size() : perRow * rowsIn(a[3], cardH);
            int shown = inColumn.size() <= capacity ? inColumn.size() : Math.max(0, capacity - 1);
            boolean overflow = shown < inColumn.size();
            // Waiting: the next to run stay in view, the count of the others after them; done: the latest (a
            // leak's last tasks) stay in view, the count of the earlier ones before them.
            boolean latest = column == TaskState.Column.DONE;
            int skip = latest ? inColumn.size() - shown : 0;
            int moreSlot = latest ? 0 : shown;
            int slots = Math.min(inColumn.size(), capacity);
            double rowWidth = Math.min(slots, perRow) * (cardW + GAP) - GAP;
            double startX = a[0] + Math.max(GAP, (a[2] - rowWidth) / 2);
            // The running card wears a badge on its top edge: leave it room below the header.
            double startY = a[1] + GAP / 2 + (running ? BADGE_ROOM : 0);
            for (int i = 0; i < inColumn.size(); i++) {
                TaskCard card = inColumn.get(i);
                boolean inView = i >= skip && i - skip < shown;
                // A card out of view waits under the count, to slide from there when there is room.
                int slot = !inView ? moreSlot : i - skip + (overflow && latest ? 1 : 0);
                card.setVisible(inView);
                card.setCompact(!running && fit.compact, cardW);
                card.resize(cardW, card.height());
                double cx = startX + (slot % perRow) * (cardW + GAP);
                double cy = startY + (slot / perRow) * (card.height() + GAP);
                card.moveTo(column, inView ? slot : -1 - i, Math.round(cx), Math.round(cy), pace);
            }
            Label m = more.get(column);
            if (m != null) {
                m.setVisible(overflow);
                int hidden = inColumn.size() - shown;
                // Laid out at every frame a task runs (its progress bar moves): words only when the count changes.
                if (overflow && !Integer.valueOf(hidden).equals(m.getUserData())) {
                    m.setUserData(hidden);
                    m.setText(I18n.get("lane.more", hidden));
                    moreTips.get(column).setText(I18n.get("lane.more.tip", hidden));
                }
                m.resizeRelocate(Math.round(startX + (moreSlot % perRow) * (cardW + GAP)),
                        Math.round(startY + (moreSlot / perRow) * (cardH + GAP)), cardW, cardH);
            }
        }
        if (placeAtOnce) {
            // A state shown at once is not a sequence of moves: no card slides to where it is now.
            placeAtOnce = false;
            cards.values().forEach(TaskCard::finishMove);
        }
        double[] running = area.get(TaskState.Column.RUNNING);
        runningEmpty.setVisible(byColumn.get(TaskState.Column.RUNNING).isEmpty());
        runningEmpty.resizeRelocate(running[0], running[1], running[2], Math.min(running[3], TaskCard.HEIGHT));
    }

    /**
     * How the side columns hold {@code queued} and {@code done} cards in {@code cardsHeight} pixels below the
     * headers of a lane {@code w} pixels wide: the largest cards that fit, the columns sharing the room evenly if
     * they can, else by how many cards each holds. Full cards first (unless many tasks or compare mode), then
     * compact ones, then compact ones as narrow as their words allow, then ones showing icon and number only.
     * If nothing fits, those in shared room: the columns then say how many more cards they hold.
     */
    private Fit fit(double w, double cardsHeight, int queued, int done) {
        double[] even = columnWidths(w);
        double narrow = cards.values().stream().mapToDouble(TaskCard::narrowWidth).max().orElse(TaskCard.WIDTH);
        narrow = Math.min(TaskCard.WIDTH, narrow);
        double mini = Math.min(narrow, cards.values().stream().mapToDouble(TaskCard::miniWidth).max().orElse(narrow));
        List<Fit> tries = new ArrayList<>();
        if (!compactAlways && cards.size() <= FULL_CARDS_UP_TO) {
            tries.add(new Fit(even, TaskCard.WIDTH, TaskCard.HEIGHT, false));
        }
        tries.add(new Fit(even, TaskCard.WIDTH, TaskCard.COMPACT_HEIGHT, true));
        tries.add(new Fit(even, narrow, TaskCard.COMPACT_HEIGHT, true));
        tries.add(new Fit(shared(even, queued, done, TaskCard.WIDTH), TaskCard.WIDTH, TaskCard.COMPACT_HEIGHT, true));
        tries.add(new Fit(shared(even, queued, done, narrow), narrow, TaskCard.COMPACT_HEIGHT, true));
        Fit last = new Fit(shared(even, queued, done, mini), mini, TaskCard.COMPACT_HEIGHT, true);
        tries.add(last);
        for (Fit f : tries) {
            if (holds(f, 0, queued, cardsHeight) && holds(f, 2, done, cardsHeight)) {
                return f;
            }
        }
        return last;
    }

    private static boolean holds(Fit f, int column, int n, double cardsHeight) {
        return n <= perRow(f.widths[column], f.cardW) * rowsIn(cardsHeight, f.cardH);
    }

    /** The side room split by how many cards each side column holds, each wide enough for its header and a card. */
    private double[] shared(double[] even, int queued, int done, double cardW) {
        double room = even[0] + even[2];
        if (queued + done == 0) {
            return even;
        }
        double leastQueue = least(TaskState.Column.QUEUE, queued, cardW);
        double leastDone = least(TaskState.Column.DONE, done, cardW);
        double queueW = Math.max(leastQueue, Math.min(room - leastDone, room * queued / (queued + done)));
        return new double[] {queueW, even[1], room - queueW};
    }

    private double least(TaskState.Column c, int n, double cardW) {
        return Math.max(headers.get(c).prefWidth(-1) + 2 * GAP, n > 0 ? cardW + 2 * GAP : 0);
    }

    /** Rows of cards {@code cardH} high that fit whole in {@code cardsHeight} below a header, at least one. */
    private static int rowsIn(double cardsHeight, double cardH) {
        return Math.max(1, (int) ((cardsHeight - GAP / 2 + GAP) / (cardH + GAP)));
    }

    /** Column widths in pixels (Queued, Running, Done) and the size of the cards at the sides. */
    private record Fit(double[] widths, double cardW, double cardH, boolean compact) {}

    private static int perRow(double width, double cardW) {
        return Math.max(1, (int) ((width - GAP) / (cardW + GAP)));
    }
}
