package gopatterns.ui.pool;

import gopatterns.ui.common.CanvasPane;
import gopatterns.ui.common.Palette;
import java.util.Arrays;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Thousands of workers as a heat map: one small cell per worker, coloured by state, in worker order. Only
 * cells whose look changed since the last frame are painted, so a frame costs what changed, not the crowd.
 * A querying cell fills from the bottom as its query runs, in four steps.
 */
public final class WorkerGridCanvas extends CanvasPane {

    private static final int PROGRESS_STEPS = 4;
    private static final Color[] STATE_COLOURS = {
        Palette.GREY.deriveColor(0, 1, 1, 0.35), // not arrived
        Palette.ORANGE, // acquiring
        Palette.YELLOW, // waiting
        Palette.BLUE, // querying
        Palette.SKY, // releasing
        Palette.GREEN, // done
        Palette.PURPLE, // failed
    };

    private final PoolModel model;
    private byte[] drawn = new byte[0];
    private int count;
    private double cell;
    private int columns;
    private boolean layoutChanged = true;

    public WorkerGridCanvas(PoolModel model) {
        this.model = model;
        getStyleClass().add("worker-grid");
        setMinSize(40, 40);
    }

    @Override
    protected void resized() {
        layoutChanged = true;
        paint();
    }

    /** Paints the cells that changed since the last call. */
    public void paint() {
        int n = model.workerCount();
        if (n != count) {
            count = n;
            drawn = new byte[n];
            layoutChanged = true;
        }
        GraphicsContext g = canvas().getGraphicsContext2D();
        if (layoutChanged) {
            computeCells();
            g.clearRect(0, 0, canvas().getWidth(), canvas().getHeight());
            Arrays.fill(drawn, (byte) -1);
            layoutChanged = false;
        }
        if (cell <= 0) {
            return;
        }
        double gap = cell >= 6 ? 1 : 0;
        double side = cell - gap;
        for (int q = 0; q < n; q++) {
            byte code = model.workerStateCode(q);
            byte look = code;
            if (code == WorkerState.QUERYING.code()) {
                look = (byte) (16 + Math.min(PROGRESS_STEPS - 1, (int) (model.queryProgress(q) * PROGRESS_STEPS)));
            }
            if (look == drawn[q]) {
                continue;
            }
            drawn[q] = look;
            double x = (q % columns) * cell;
            double y = (q / columns) * cell;
            g.clearRect(x, y, cell, cell);
            if (look >= 16) {
                // A running query: a pale cell that fills from the bottom.
                double filled = side * (look - 15) / PROGRESS_STEPS;
                g.setFill(Palette.SKY);
                g.fillRect(x, y, side, side);
                g.setFill(STATE_COLOURS[code]);
                g.fillRect(x, y + side - filled, side, filled);
            } else {
                g.setFill(STATE_COLOURS[code]);
                g.fillRect(x, y, side, side);
            }
        }
    }

    private void computeCells() {
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        if (count == 0 || w < 1 || h < 1) {
            cell = 0;
            return;
        }
        // The largest square cell with which every worker fits.
        double c = Math.floor(Math.sqrt(w * h / count));
        while (c > 1 && Math.floor(w / c) * Math.floor(h / c) < count) {
            c--;
        }
        cell = Math.max(1, Math.min(c, 24));
        columns = Math.max(1, (int) Math.floor(w / cell));
    }

    /** The centre of worker {@code q}'s cell, in this node's coordinates. */
    Point2D cellCentre(int q) {
        if (cell <= 0 || columns == 0) {
            return new Point2D(getWidth() / 2, getHeight() / 2);
        }
        return new Point2D((q % columns) * cell + cell / 2, (q / columns) * cell + cell / 2);
    }

    /** The side of a cell in pixels, for checks. */
    public double cellSize() {
        return cell;
    }

}
