package gopatterns.ui.common;

import gopatterns.event.GoEvent;
import gopatterns.history.TickKind;
import gopatterns.pool.PoolEvent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The ticks of a timeline: one row per kind, a tick where at least one event of that kind falls into a
 * pixel column. Thousands of events in one column cost one tick: drawing scans the history once.
 */
final class TimelineTicks extends CanvasPane {

    /** Each kind's colour, as in the views (common.css); the row says the kind too. */
    static final Map<TickKind, Color> COLOURS = new EnumMap<>(Map.of(
            TickKind.TASK_START, Palette.BLUE,
            TickKind.TASK_END, Palette.GREEN,
            TickKind.TIMEOUT, Palette.VERMILLION,
            TickKind.INTERRUPT_SENT, Palette.ORANGE,
            TickKind.INTERRUPT_SEEN, Palette.PURPLE,
            TickKind.ACQUIRE_NEW, Palette.SKY,
            TickKind.ACQUIRE_SHARED, Palette.GREEN,
            TickKind.RELEASE_IN_QUEUE, Palette.BLUE,
            TickKind.RELEASE_CLOSING, Palette.VERMILLION,
            TickKind.CLOSE, Palette.PURPLE));

    /** A tick's width in px. */
    private static final double TICK_WIDTH = 6;

    /** The model whose time axis the ticks are drawn on. */
    private SimulationModel<?> model;
    /** One band per run the model's timeline draws (compare mode: one a side). */
    private List<Band> bands = List.of();
    /** What the ticks drawn show: events, the axis' end and width. A seek changes none of them. */
    private int drawnEvents = -1;
    private long drawnEdge = -1;
    private double drawnWidth = -1;
    /** Which pixel columns of which row have a tick; reused between draws. */
    private boolean[] marked = new boolean[0];

    /**
     * One run's events as ticks. Each event's kind (ordinal) and time since the run's start are kept as the
     * history grows: a live run's ticks are drawn again twenty times a second over up to 100,000 events, so a
     * draw only reads these arrays.
     */
    private static final class Band {
        final SimulationModel<?> run;
        byte[] kinds = new byte[0];
        long[] times = new long[0];
        int cached;
        /** The first event of the run the arrays belong to: another run (or a refold after Reset) starts anew. */
        GoEvent cachedFirst;

        Band(SimulationModel<?> run) {
            this.run = run;
        }

        /** Brings the kinds and times up to the history's newest event; a new run starts them anew. */
        void cacheUpTo() {
            List<? extends GoEvent> history = run.history();
            int n = history.size();
            if (n < cached || cached > 0 && history.getFirst() != cachedFirst) {
                cached = 0;
            }
            if (n > kinds.length) {
                int capacity = Math.max(n, 2 * kinds.length);
                kinds = java.util.Arrays.copyOf(kinds, capacity);
                times = java.util.Arrays.copyOf(times, capacity);
            }
            for (int i = cached; i < n; i++) {
                kinds[i] = (byte) TickKind.of(history.get(i)).ordinal();
                times[i] = run.eventNanos(i);
            }
            cached = n;
            cachedFirst = n > 0 ? history.getFirst() : null;
        }
    }

    TimelineTicks() {
        getStyleClass().add("timeline-ticks");
        setMinHeight(0);
    }

    void setModel(SimulationModel<?> m) {
        model = m;
        bands = m == null ? List.of() : m.timelineTracks().stream().map(t -> new Band(t.run())).toList();
        drawnEvents = -1;
        draw();
    }

    /** Events of all bands' runs: a new one draws the ticks again. */
    private int events() {
        int n = 0;
        for (Band b : bands) {
            n += b.run.history().size();
        }
        return n;
    }

    /** Draws the ticks again if the history, the axis or the width changed since they were drawn. */
    void update() {
        if (model == null ? drawnEvents != -1
                : events() != drawnEvents || model.edgeNanos() != drawnEdge || canvas().getWidth() != drawnWidth) {
            draw();
        }
    }

    /** The rows of the run shown: the runner's kinds or the pool's. */
    static List<TickKind> rows(List<? extends GoEvent> history) {
        return !history.isEmpty() && history.getFirst() instanceof PoolEvent ? TickKind.POOL : TickKind.RUNNER;
    }

    @Override
    protected void resized() {
        draw();
    }

    /** Draws every tick again: the axis runs from the run's start to its edge; each run in its own band. */
    void draw() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        int columns = (int) w;
        drawnEvents = model == null ? -1 : events();
        drawnEdge = model == null ? -1 : model.edgeNanos();
        drawnWidth = w;
        if (model == null || columns <= 0 || h <= 0) {
            return;
        }
        double bandHeight = h / bands.size();
        for (int b = 0; b < bands.size(); b++) {
            if (b > 0) { // the bands' border: which run a tick belongs to
                g.setFill(Color.gray(0.5, 0.6));
                g.fillRect(0, b * bandHeight - 0.5, w, 1);
            }
            drawBand(g, bands.get(b), columns, b * bandHeight, bandHeight);
        }
    }

    /** One run's ticks in the band from {@code top}, {@code height} px high. */
    private void drawBand(GraphicsContext g, Band band, int columns, double top, double height) {
        List<TickKind> rows = rows(band.run.history());
        band.cacheUpTo();
        int[] rowOf = new int[TickKind.values().length];
        java.util.Arrays.fill(rowOf, -1);
        for (int r = 0; r < rows.size(); r++) {
            rowOf[rows.get(r).ordinal()] = r;
        }
        if (marked.length != rows.size() * columns) {
            marked = new boolean[rows.size() * columns];
        } else {
            java.util.Arrays.fill(marked, false);
        }
        double perNano = (columns - 1) / (double) Math.max(1, model.edgeNanos());
        for (int i = 0; i < band.cached; i++) {
            int row = rowOf[band.kinds[i]];
            if (row >= 0) {
                int x = (int) Math.min(columns - 1, Math.max(0, band.times[i] * perNano));
                marked[row * columns + x] = true;
            }
        }
        // A tick is a block in its kind's row and a thin stem down to the band's baseline: the row tells the kind
        // (colour is not the only cue), the stem keeps a lone event in a short row visible.
        double rowHeight = height / rows.size();
        double bottom = top + height;
        for (int r = 0; r < rows.size(); r++) {
            Color colour = COLOURS.get(rows.get(r));
            double y = top + r * rowHeight;
            for (int x = 0; x < columns; x++) {
                if (marked[r * columns + x]) {
                    // Wide enough to be seen from the back of a room; centred on its instant.
                    double left = Math.clamp(x - TICK_WIDTH / 2, 0, Math.max(0, columns - TICK_WIDTH));
                    g.setFill(colour.deriveColor(0, 1, 1, 0.7));
                    g.fillRect(left + TICK_WIDTH / 2 - 1.5, y, 3, bottom - y);
                    g.setFill(colour);
                    g.fillRect(left, y + 0.5, TICK_WIDTH, Math.max(4, rowHeight - 1));
                }
            }
        }
    }
}
