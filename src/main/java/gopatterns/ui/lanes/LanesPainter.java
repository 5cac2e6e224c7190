package gopatterns.ui.lanes;

import gopatterns.history.lanes.CountSeries;
import gopatterns.history.lanes.Lane;
import gopatterns.history.lanes.LaneFold;
import gopatterns.history.lanes.LaneState;
import gopatterns.history.lanes.Mark;
import gopatterns.history.lanes.MarkKind;
import gopatterns.history.lanes.PoolLanes;
import gopatterns.history.lanes.Segment;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToIntFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextBoundsType;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link LaneFold} on a canvas: a label column, one row per lane (or, for a crowd of workers, one
 * density band per state), a time axis in seconds and the playhead. Remembers where the plot was, so that
 * a click can be turned into a time.
 */
final class LanesPainter {

    /** Fewer pixels than this per worker lane, or more workers than {@link #MAX_LANES}: bands instead. */
    static final double MIN_ROW = 5;
    /** Most worker lanes drawn one by one, however tall the view. */
    static final int MAX_LANES = 400;
    private static final double MAX_ROW = 36;
    /** The opacity of the holds of other connections while one is pointed at. */
    private static final double DIMMED = 0.35;
    /** Each black edge of the pointed connection's outline, px. */
    private static final double OUTLINE_EDGE = 2;
    private static final double GAP = 8;
    private static final long MIN_SPAN = 1_000_000_000L;

    private final Text measure = new Text();
    private Font font = Font.getDefault();
    private Color text = Color.GREY;
    private double lineHeight;
    /**
     * How tall digits and Latin capitals are drawn, per px of type size: a lane's number or a connection's id needs
     * that much, not a whole line, which a Chinese font makes much taller than the letters it draws.
     */
    private double inkPerPx = 0.75;
    private double left;
    private double plotWidth;
    private long span = MIN_SPAN;
    /** The live edge: open segments and bands reach up to here, not to the end of the axis. */
    private long edge;
    private Font small = Font.getDefault();
    private boolean aggregated;
    /** The lanes drawn this picture and where: their marks go on top of everything, the playhead included. */
    private final List<Row> rows = new ArrayList<>();

    private record Row(Lane lane, double top, double height) {}

    /** A lane label in the last picture: its text, the middle of its line (px from the top) and its type size (px). */
    record LabelAt(String text, double centreY, double size) {}

    /** A hold or task bar in the last picture: its id ("C3", "#2"), its width (px), and its id's type size (px; 0: not written). */
    record IdAt(String text, double barWidth, double size) {}

    /** The bars of the last picture that have an id, in drawing order. */
    private final List<IdAt> ids = new ArrayList<>();

    /** The labels of the last picture's worker lanes, top to bottom. */
    private final List<LabelAt> workerLabels = new ArrayList<>();
    /** The holds of the highlighted connection in the last picture: outlined last, over marks and neighbours. */
    private final List<double[]> outlined = new ArrayList<>();
    /** The smallest type a worker's label is written in (px), rather than leaving lanes unnamed. */
    private static final double MIN_LABEL_PX = 9;

    /** A segment of a lane in the last picture: a worker's hold under the pointer, say. */
    record Hold(Lane lane, Segment segment) {}

    /** The last smaller font made for labels (see {@link #sized}). */
    private Font sized;

    /** The connection whose holds are outlined on every lane, or -1. */
    private long highlighted = -1;

    /** The font and text colour of the theme: lane labels read like the rest of the window. */
    void style(Font font, Color text) {
        this.text = text;
        if (font.equals(this.font) && lineHeight > 0) {
            return; // called at every paint: what was measured for this font still holds
        }
        this.font = font;
        this.small = Font.font(font.getFamily(), font.getSize() * 0.85);
        measure.setFont(font);
        measure.setText("Ag");
        lineHeight = Math.ceil(measure.getLayoutBounds().getHeight());
        measure.setBoundsType(TextBoundsType.VISUAL);
        measure.setText("0123456789C");
        inkPerPx = measure.getLayoutBounds().getHeight() / font.getSize();
        measure.setBoundsType(TextBoundsType.LOGICAL);
    }

    /** {@code base} at {@code size} px if that is smaller, the last such font kept: it is asked for at every paint. */
    private Font sized(Font base, double size) {
        if (size >= base.getSize()) {
            return base;
        }
        if (sized == null || sized.getSize() != size || !sized.getFamily().equals(base.getFamily())) {
            sized = Font.font(base.getFamily(), size);
        }
        return sized;
    }

    /** Whether the last picture showed density bands rather than lanes. */
    boolean aggregated() {
        return aggregated;
    }

    /**
     * The time (ns after the run's start) under {@code x} in the last picture, clamped to the plot, or -1
     * if nothing was drawn yet or {@code x} is left of the plot.
     */
    long timeAt(double x) {
        if (plotWidth <= 0 || x < left) {
            return -1;
        }
        return Math.round(Math.min(plotWidth, x - left) / plotWidth * span);
    }

    /** Outlines every hold of connection {@code id} (-1: none) from the next picture on. */
    void highlight(long id) {
        highlighted = id;
    }

    long highlighted() {
        return highlighted;
    }

    /**
     * The connection held at {@code (x, y)} in the last picture (a worker's hold under the pointer), or -1.
     */
    long connectionAt(double x, double y) {
        Hold h = holdAt(x, y);
        return h == null ? -1 : h.segment().detail();
    }

    /** The worker's hold of a connection at {@code (x, y)} in the last picture, or null. */
    Hold holdAt(double x, double y) {
        long t = timeAt(x);
        if (t < 0 || t > edge) {
            return null;
        }
        for (Row r : rows) {
            if (y >= r.top() && y < r.top() + r.height()) {
                Segment s = r.lane().at(t);
                return s != null && s.state() == LaneState.HOLDING ? new Hold(r.lane(), s) : null;
            }
        }
        return null;
    }

    /**
     * Paints the lanes of {@code fold} (null: no run yet) with the playhead at {@code playhead} ns.
     */
    void paint(GraphicsContext g, double w, double h, LaneFold fold, long playhead) {
        g.clearRect(0, 0, w, h);
        g.setFont(font);
        g.setLineDashes();
        aggregated = false;
        plotWidth = 0;
        if (fold == null || fold.lanes().isEmpty()) {
            g.setFill(text);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(I18n.get("lanes.empty"), w / 2, h / 2);
            return;
        }
        edge = Math.max(fold.latest(), playhead);
        // A little room after the edge: what happens at the last instant is not drawn on the border.
        span = Math.max(MIN_SPAN, edge + edge / 25);
        double axis = lineHeight + 6;
        double plotHeight = h - axis - 2;
        if (fold instanceof PoolLanes pool) {
            int workers = Math.max(pool.workers(), pool.lanes().size());
            double row = (plotHeight - idleRow()) / Math.max(1, workers);
            aggregated = workers > MAX_LANES || row < MIN_ROW;
        }
        left = labelColumn(fold) + GAP;
        plotWidth = w - left - GAP;
        if (plotWidth < 20 || plotHeight < lineHeight) {
            plotWidth = 0;
            return;
        }
        double sx = plotWidth / span;
        rows.clear();
        workerLabels.clear();
        ids.clear();
        outlined.clear();
        if (fold instanceof PoolLanes pool) {
            if (aggregated) {
                bands(g, pool, plotHeight, sx, playhead);
            } else {
                workers(g, pool, plotHeight, sx);
            }
        } else {
            List<Lane> lanes = fold.lanes();
            double row = Math.min(MAX_ROW, plotHeight / lanes.size());
            for (int i = 0; i < lanes.size(); i++) {
                lane(g, lanes.get(i), i * row, row, sx, true);
            }
        }
        axis(g, plotHeight, sx);
        playhead(g, plotHeight, sx, playhead);
        outlineHighlighted(g);
        // Outlined in the background's contrast, so a mark reads on a segment of its own colour.
        Color outline = text.getBrightness() > 0.5 ? Color.BLACK : Color.WHITE;
        for (Row r : rows) {
            double last = Double.NEGATIVE_INFINITY;
            for (Mark m : r.lane().marks()) {
                // Marks of one instant (a release, then done) stand side by side, not on top of each other.
                double at = left + m.at() * sx;
                double x = Math.max(at, last + 2 * radius(r.height()) + 2);
                mark(g, m.kind(), at, x, r.top(), r.height(), outline);
                if (LaneLook.shape(m.kind()) != LaneLook.Shape.TICK) { // a bare tick takes no room
                    last = x;
                }
            }
        }
    }

    // ---------------------------------------------------------------- rows

    private double idleRow() {
        return Math.max(18, lineHeight + 4);
    }

    private void workers(GraphicsContext g, PoolLanes pool, double plotHeight, double sx) {
        double top = idleRow();
        band(g, 0, top, 0, I18n.get("lanes.idle", pool.slots()), pool.idle(), 0, Math.max(1, pool.slots()), sx,
                LaneLook.colour(LaneState.HOLDING).deriveColor(0, 1, 1, 0.45));
        int workers = Math.max(pool.workers(), pool.lanes().size());
        double row = Math.min(MAX_ROW, (plotHeight - top) / Math.max(1, workers));
        // Every lane named. Where lanes are thinner than a line of text, the first says "worker 0" and the others
        // only their number under it, in a type as large as the digits' height allows (a Chinese line is much
        // taller than its digits), down to MIN_LABEL_PX; only thinner still, every k-th lane, so that no two overlap.
        boolean thin = row < lineHeight + 1;
        double perPx = thin ? inkPerPx : lineHeight / font.getSize();
        double size = Math.max(MIN_LABEL_PX, Math.min(font.getSize(), (row - 1) / perPx));
        int every = (int) Math.ceil((size * perPx + 1) / row);
        Font labels = sized(font, size);
        for (int n = 0; n < workers; n++) {
            Lane lane = pool.worker(n);
            double y = top + n * row;
            stripe(g, y, row, n);
            if (n % every == 0) {
                String name = n > 0 && thin ? I18n.get("lanes.worker.number", n)
                        : lane != null ? LaneLook.name(lane) : I18n.get("lanes.worker", n);
                g.setFont(labels);
                label(g, name, y, row);
                g.setFont(font);
                workerLabels.add(new LabelAt(name, y + row / 2, size));
            }
            if (lane != null) {
                lane(g, lane, y, row, sx, false);
            }
        }
    }

    private void bands(GraphicsContext g, PoolLanes pool, double plotHeight, double sx, long playhead) {
        double top = idleRow();
        band(g, 0, top, 0, I18n.get("lanes.idle", pool.slots()), pool.idle(), 0, Math.max(1, pool.slots()), sx,
                LaneLook.colour(LaneState.HOLDING).deriveColor(0, 1, 1, 0.45));
        PoolLanes.Band[] all = PoolLanes.Band.values();
        double row = Math.min(3 * MAX_ROW, (plotHeight - top) / all.length);
        for (int i = 0; i < all.length; i++) {
            PoolLanes.Band b = all[i];
            double y = top + i * row;
            String label = I18n.get("lanes.bandCount", LaneLook.name(b), pool.countAt(playhead, b));
            // Each band full height at its own peak: a few hundred holding among 10,000 still shows its shape.
            int peak = Math.max(1, b == PoolLanes.Band.NOT_ARRIVED ? pool.workers() : pool.bands().max(b.ordinal()));
            band(g, y, row, i + 1, label, pool.bands(), b.ordinal(), peak, sx, LaneLook.colour(b));
        }
    }

    /**
     * A row showing a count over time as a filled step area, full height at {@code max}: how many workers are
     * in a state, or the idle slots.
     */
    private void band(GraphicsContext g, double y, double row, int index, String label, CountSeries series, int kind,
                      int max, double sx, Color colour) {
        stripe(g, y, row, index);
        label(g, label, y, row);
        int columns = (int) Math.ceil(plotWidth);
        double[] xs = new double[columns + 3];
        double[] ys = new double[columns + 3];
        double bottom = y + row - 1;
        double height = row - 3;
        LongToIntFunction count = t -> {
            int i = series.indexAt(t);
            return i < 0 ? (kind == PoolLanes.Band.NOT_ARRIVED.ordinal() ? max : 0) : series.count(i, kind);
        };
        columns = Math.min(columns, (int) Math.ceil(edge * sx));
        for (int c = 0; c <= columns; c++) {
            double x = left + Math.min(c, plotWidth);
            xs[c] = x;
            ys[c] = bottom - Math.min(1, count.applyAsInt((long) (Math.min(c, plotWidth) / sx)) / (double) max) * height;
        }
        xs[columns + 1] = xs[columns];
        ys[columns + 1] = bottom;
        xs[columns + 2] = left;
        ys[columns + 2] = bottom;
        g.setFill(colour);
        g.fillPolygon(xs, ys, columns + 3);
    }

    private void stripe(GraphicsContext g, double y, double row, int n) {
        if (n % 2 == 0) {
            g.setFill(text.deriveColor(0, 1, 1, 0.06));
            g.fillRect(0, y, left + plotWidth, row);
        }
    }

    private void label(GraphicsContext g, String s, double y, double row) {
        g.setFill(text);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, left - GAP, y + row / 2);
    }

    private void lane(GraphicsContext g, Lane lane, double y, double row, double sx, boolean labelled) {
        if (labelled) {
            stripe(g, y, row, lane.role().ordinal());
            label(g, LaneLook.name(lane), y, row);
        }
        double inset = row >= 10 ? 2 : row >= 4 ? 1 : 0;
        double top = y + inset;
        double height = row - 2 * inset;
        for (Segment s : lane.segments()) {
            double x0 = left + s.from() * sx;
            // Blocked for ever reaches past the live edge to the end of the axis: it will never end.
            long until = s.isOpen() && s.state() == LaneState.BLOCKED ? span : Math.min(edge, s.to());
            double x1 = left + until * sx;
            double width = Math.max(1, x1 - x0);
            // While a connection is pointed at, the other holds step back: its own stand out from across a room.
            boolean other = highlighted >= 0 && s.state() == LaneState.HOLDING && s.detail() != highlighted;
            g.setFill(other ? LaneLook.colour(s.state()).deriveColor(0, 1, 1, DIMMED) : LaneLook.colour(s.state()));
            g.fillRect(x0, top, width, height);
            if (LaneLook.striped(s.state())) {
                hatch(g, x0, top, width, height);
            }
            // Where a row is too thin even for that, the pointer tells the connection (see LanesSkin).
            if (s.detail() >= 0) {
                detail(g, s, x0, top, width, height);
            }
            if (s.state() == LaneState.HOLDING && s.detail() == highlighted) {
                outlined.add(new double[] {x0, top, width, height});
            }
        }
        rows.add(new Row(lane, top, height));
    }

    /**
     * The same connection outlined on every lane that held it: who had it, and who had it next. A yellow band a third
     * of the type's size thick (5 px on a projector) between two black edges: the yellow stands out on the blue hold
     * and on a dark background, the black on a light one, so it reads from the back of a room in every theme.
     */
    private void outlineHighlighted(GraphicsContext g) {
        if (outlined.isEmpty()) {
            return;
        }
        double w = Math.max(4, Math.round(font.getSize() / 3));
        // All of it outside the hold, whose own id stays readable: black edge, yellow, black edge, from the hold out.
        double out = OUTLINE_EDGE + w / 2;
        for (double[] r : outlined) {
            g.setStroke(Color.BLACK);
            g.setLineWidth(w + 2 * OUTLINE_EDGE);
            g.strokeRect(r[0] - out, r[1] - out, r[2] + 2 * out, r[3] + 2 * out);
        }
        for (double[] r : outlined) {
            g.setStroke(Palette.YELLOW);
            g.setLineWidth(w);
            g.strokeRect(r[0] - out, r[1] - out, r[2] + 2 * out, r[3] + 2 * out);
        }
    }

    /** The ids of the last picture's bars, written or not. */
    List<IdAt> ids() {
        return List.copyOf(ids);
    }

    /** The worker lanes' labels in the last picture, top to bottom (none when bands are drawn). */
    List<LabelAt> workerLabels() {
        return List.copyOf(workerLabels);
    }

    /**
     * The task's number or the connection's id inside its segment, when it fits: "#2", "C3", as the task cards and
     * the pool's connections are named, short enough for a thin lane in every language.
     */
    private void detail(GraphicsContext g, Segment s, double x, double y, double width, double height) {
        String label = switch (s.state()) {
            case TASK, LEAKED -> I18n.get("lanes.task.short", s.detail());
            case HOLDING -> I18n.get("lanes.connection.short", s.detail());
            default -> null;
        };
        // In the small type, or smaller to fit the bar's height with a pixel above and below, but readable.
        if (label == null) {
            return;
        }
        double size = Math.min(small.getSize(), (height - 2) / inkPerPx);
        if (size < MIN_LABEL_PX || label.length() * size * 0.62 + 2 * radius(height) + 6 > width) {
            ids.add(new IdAt(label, width, 0));
            return;
        }
        ids.add(new IdAt(label, width, size));
        g.setFont(sized(small, size));
        g.setFill(s.state() == LaneState.HOLDING || s.state() == LaneState.TASK || s.state() == LaneState.LEAKED
                ? Color.WHITE : Color.BLACK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label, x + 2 * radius(height) + 3, y + height / 2); // after the segment's first mark
        g.setFont(font);
    }

    private static void hatch(GraphicsContext g, double x, double y, double width, double height) {
        g.save();
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
        g.setStroke(Color.BLACK.deriveColor(0, 1, 1, 0.45));
        g.setLineWidth(1.5);
        for (double d = x - height; d < x + width; d += 7) {
            g.strokeLine(d, y + height, d + height, y);
        }
        g.restore();
    }

    /**
     * A mark: a tick across the row at {@code at} and its shape at {@code x} (beside another mark of the same
     * instant), in its colour, outlined in {@code outline} unless null. Also used for the legend's swatches.
     */
    static void mark(GraphicsContext g, MarkKind kind, double at, double x, double y, double height, Color outline) {
        double r = radius(height);
        if (outline != null) {
            g.setStroke(outline);
            g.setLineWidth(3);
            g.strokeLine(at, y, at, y + height);
            shape(g, kind, x, y, r, outline, 2);
        }
        Color c = LaneLook.colour(kind);
        g.setStroke(c);
        g.setLineWidth(1.5);
        g.strokeLine(at, y, at, y + height);
        shape(g, kind, x, y, r, c, 0);
    }

    private static double radius(double rowHeight) {
        return Math.max(2, Math.min(6, rowHeight / 3));
    }

    /** The mark's shape of radius {@code r} at the top of its tick; {@code line > 0} strokes it only. */
    private static void shape(GraphicsContext g, MarkKind kind, double x, double y, double r, Color c, double line) {
        double cy = y + r;
        g.setFill(c);
        g.setStroke(c);
        g.setLineWidth(line > 0 ? line : 2);
        switch (LaneLook.shape(kind)) {
            case TRIANGLE -> polygon(g, new double[] {x - r, x + r, x}, new double[] {y, y, y + 2 * r}, line);
            case CIRCLE -> {
                if (line > 0) {
                    g.strokeOval(x - r, cy - r, 2 * r, 2 * r);
                } else {
                    g.fillOval(x - r, cy - r, 2 * r, 2 * r);
                }
            }
            case DIAMOND -> polygon(g, new double[] {x, x + r, x, x - r}, new double[] {y, cy, y + 2 * r, cy}, line);
            case SQUARE -> polygon(g, new double[] {x - r, x + r, x + r, x - r}, new double[] {y, y, y + 2 * r, y + 2 * r},
                    line);
            case CROSS -> {
                g.setLineWidth(line > 0 ? 2 + line : 2);
                g.strokeLine(x - r, y, x + r, y + 2 * r);
                g.strokeLine(x - r, y + 2 * r, x + r, y);
            }
            case TICK -> { }
        }
    }

    private static void polygon(GraphicsContext g, double[] xs, double[] ys, double line) {
        if (line > 0) {
            g.strokePolygon(xs, ys, xs.length);
        } else {
            g.fillPolygon(xs, ys, xs.length);
        }
    }

    /** A state's swatch, for the legend. */
    static void swatch(GraphicsContext g, LaneState state, double w, double h) {
        g.clearRect(0, 0, w, h);
        g.setFill(LaneLook.colour(state));
        g.fillRect(0, 1, w, h - 2);
        if (LaneLook.striped(state)) {
            hatch(g, 0, 1, w, h - 2);
        }
    }

    // ---------------------------------------------------------------- axis and playhead

    private void axis(GraphicsContext g, double plotHeight, double sx) {
        double y = plotHeight + 1;
        g.setStroke(text.deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(1);
        g.strokeLine(left, y, left + plotWidth, y);
        long step = tickStep(sx);
        g.setFill(text);
        g.setTextBaseline(VPos.TOP);
        for (long t = 0; t <= span; t += step) {
            double x = left + t * sx;
            g.strokeLine(x, y, x, y + 3);
            g.setTextAlign(t == 0 ? TextAlignment.LEFT : x > left + plotWidth - 30 ? TextAlignment.RIGHT
                    : TextAlignment.CENTER);
            g.fillText(seconds(t, step), x, y + 3);
        }
    }

    /** A step of 1, 2 or 5 times a power of ten ms, leaving room for a label between ticks. */
    private long tickStep(double sx) {
        double room = width("00.00 s") + 16;
        for (long power = 1_000_000L; ; power *= 10) {
            for (long m : new long[] {1, 2, 5}) {
                if (power * m * sx >= room || power * m >= span) {
                    return power * m;
                }
            }
        }
    }

    /** The axis label at {@code t}, with as many decimals as the step needs, in the timeline's words ("2 s", "2 秒"). */
    private static String seconds(long t, long step) {
        long ms = t / 1_000_000L;
        String digits = step % 1_000_000_000L == 0 ? Long.toString(ms / 1000)
                : step % 100_000_000L == 0 ? ms / 1000 + "." + ms % 1000 / 100
                : ms / 1000 + "." + String.format(java.util.Locale.ROOT, "%03d", ms % 1000);
        return I18n.get("timeline.seconds", digits);
    }

    private void playhead(GraphicsContext g, double plotHeight, double sx, long playhead) {
        double x = left + Math.min(span, Math.max(0, playhead)) * sx;
        g.setStroke(text);
        g.setLineWidth(2);
        g.strokeLine(x, 0, x, plotHeight + 1);
        g.setFill(text);
        g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {0, 0, 6}, 3);
    }

    // ---------------------------------------------------------------- label column

    /** As wide as the widest label it may show, so that no label is ever cut. */
    private double labelColumn(LaneFold fold) {
        double widest = 0;
        if (fold instanceof PoolLanes pool) {
            widest = width(I18n.get("lanes.idle", pool.slots()));
            if (aggregated) {
                for (PoolLanes.Band b : PoolLanes.Band.values()) {
                    widest = Math.max(widest, width(I18n.get("lanes.bandCount", LaneLook.name(b), pool.workers())));
                }
            } else {
                widest = Math.max(widest, width(I18n.get("lanes.worker", Math.max(0, pool.workers() - 1))));
            }
        } else {
            for (Lane l : fold.lanes()) {
                widest = Math.max(widest, width(LaneLook.name(l)));
            }
        }
        return Math.ceil(widest) + GAP;
    }

    private double width(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
