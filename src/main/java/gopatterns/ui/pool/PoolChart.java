package gopatterns.ui.pool;

import gopatterns.history.pool.PoolSeries;
import gopatterns.ui.common.CanvasPane;
import gopatterns.ui.common.Palette;
import java.time.Duration;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A small live chart of in use, idle and created over virtual time, drawn on a canvas: cheaper per frame
 * than a chart control and bounded by {@link PoolSeries}. Each line also has its own dash pattern.
 */
public final class PoolChart extends CanvasPane {

    private static final double LEFT = 44;
    private static final double RIGHT = 8;
    private static final double TOP = 8;
    private static final double BOTTOM = 18;
    private static final long MIN_SPAN_NANOS = 1_000_000_000L;
    private static final double DOT = 3;

    private final PoolSeries series;
    private final Font font = Font.font(10);
    /** Axis labels: a grey that reads on the light, dark and projector themes alike. */
    private static final Color TEXT = Color.GREY;
    private long drawnVersion = -1;
    /** The time axis's labels, in the page's unit; the end's for {@link #shownTenths} tenths of a second. */
    private final String startLabel = PoolEventText.duration(Duration.ZERO);
    private String endLabel = "";
    private long shownTenths = -1;

    public PoolChart(PoolSeries series) {
        this.series = series;
        getStyleClass().add("pool-chart");
        setMinHeight(60);
    }

    @Override
    protected void resized() {
        drawnVersion = -1;
        redraw();
    }

    /** Whether the picture shows the series as it is now. */
    boolean upToDate() {
        return drawnVersion == series.version();
    }

    /** Draws again if the series moved since the last time. */
    public void redraw() {
        if (drawnVersion == series.version()) {
            return;
        }
        drawnVersion = series.version();
        GraphicsContext g = canvas().getGraphicsContext2D();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        g.clearRect(0, 0, w, h);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        if (plotW < 10 || plotH < 10) {
            return;
        }
        int n = series.size();
        long maxY = Math.max(2, series.maxValue());
        // At least a second: near the start (live, or looking back) the events all fall in the first
        // milliseconds, and an axis of 0 to 0.0 s would squeeze them into its first pixel.
        long maxT = Math.max(MIN_SPAN_NANOS, n == 0 ? 0 : series.at(n - 1));
        g.setFont(font);
        g.setFill(TEXT);
        g.setStroke(TEXT.deriveColor(0, 1, 1, 0.4));
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeLine(LEFT, TOP, LEFT, TOP + plotH);
        g.strokeLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Long.toString(maxY), LEFT - 4, TOP + 4);
        g.fillText("0", LEFT - 4, TOP + plotH);
        g.setTextBaseline(VPos.TOP);
        long tenths = Math.round(maxT / 1e8);
        if (tenths != shownTenths) { // a message is formatted only when the axis grows, not ten times a second
            shownTenths = tenths;
            endLabel = PoolEventText.duration(Duration.ofMillis(tenths * 100));
        }
        g.fillText(endLabel, LEFT + plotW, TOP + plotH + 3);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(startLabel, LEFT, TOP + plotH + 3);
        if (n == 0) {
            return;
        }
        double sx = plotW / maxT;
        double sy = plotH / maxY;
        line(g, n, sx, sy, plotH, series::created, Palette.SKY, 6, 3);
        line(g, n, sx, sy, plotH, series::idle, Palette.GREEN, 2, 2);
        line(g, n, sx, sy, plotH, series::inUse, Palette.BLUE, 0, 0);
    }

    private void line(GraphicsContext g, int n, double sx, double sy, double plotH, IntToDoubleFunction value,
                      Color colour, double dash, double gap) {
        g.setStroke(colour);
        g.setLineWidth(2);
        if (dash > 0) {
            g.setLineDashes(dash, gap);
        } else {
            g.setLineDashes();
        }
        g.beginPath();
        for (int i = 0; i < n; i++) {
            double x = LEFT + series.at(i) * sx;
            double y = TOP + plotH - value.applyAsDouble(i) * sy;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                // Steps, not slopes: a count changes at an instant.
                g.lineTo(x, TOP + plotH - value.applyAsDouble(i - 1) * sy);
                g.lineTo(x, y);
            }
        }
        g.stroke();
        // A dot at the newest value: the counts show even when every event so far falls on the first pixel.
        double lastX = LEFT + series.at(n - 1) * sx;
        double lastY = TOP + plotH - value.applyAsDouble(n - 1) * sy;
        g.setFill(colour);
        g.fillOval(lastX - DOT, lastY - DOT, 2 * DOT, 2 * DOT);
    }
}
