package gopatterns.ui.pool;

import gopatterns.history.pool.WorkerState;
import gopatterns.ui.common.Palette;
import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Thousands of workers as a heat map: one small cell per worker, coloured by state, in worker order. The
 * cells are pixels of an image that the view writes directly: a frame costs what changed (a few int writes
 * per changed cell and one upload of the changed rows), not the crowd, and no drawing commands pile up. A
 * querying cell fills from the bottom as its query runs, in four steps.
 */
public final class WorkerGridCanvas extends Region {

    private static final int PROGRESS_STEPS = 4;
    private static final int QUERY_LOOKS = 16;
    private static final int[] STATE_ARGB = {
        argb(Palette.GREY.deriveColor(0, 1, 1, 0.35)), // not arrived
        argb(Palette.ORANGE), // acquiring
        argb(Palette.YELLOW), // waiting
        argb(Palette.BLUE), // querying
        argb(Palette.SKY), // releasing
        argb(Palette.GREEN), // done
        argb(Palette.PURPLE), // failed
    };
    private static final int QUERY_PALE = argb(Palette.SKY);

    private final PoolModel model;
    private final ImageView view = new ImageView();
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private int width;
    private int height;
    private byte[] drawn = new byte[0];
    private int count;
    private int cell;
    private int cellHeight;
    private int columns;
    private boolean layoutChanged = true;

    public WorkerGridCanvas(PoolModel model) {
        this.model = model;
        getStyleClass().add("worker-grid");
        view.setSmooth(false);
        view.setManaged(false);
        getChildren().add(view);
        setMinSize(40, 40);
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        if (w != width || h != height) {
            width = w;
            height = h;
            if (w > 0 && h > 0) {
                pixels = new int[w * h];
                buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
                view.setImage(new WritableImage(buffer));
            } else {
                buffer = null;
                view.setImage(null);
            }
            layoutChanged = true;
            paint();
        }
    }

    /** Paints the cells whose look changed since the last call. */
    public void paint() {
        int n = model.workerCount();
        if (n != count) {
            count = n;
            drawn = new byte[n];
            layoutChanged = true;
        }
        if (buffer == null) {
            return;
        }
        if (layoutChanged) {
            computeCells();
            Arrays.fill(pixels, 0);
            Arrays.fill(drawn, (byte) -1);
            layoutChanged = false;
        }
        if (cell <= 0) {
            return;
        }
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;
        for (int q = 0; q < n; q++) {
            byte code = model.workerStateCode(q);
            byte look = code;
            if (code == WorkerState.QUERYING.code() && cellHeight >= 3) {
                look = (byte) (QUERY_LOOKS + Math.min(PROGRESS_STEPS - 1, (int) (model.queryProgress(q) * PROGRESS_STEPS)));
            }
            if (look != drawn[q]) {
                drawn[q] = look;
                fillCell(q, code, look);
                int row = q / columns;
                firstRow = Math.min(firstRow, row);
                lastRow = Math.max(lastRow, row);
            }
        }
        if (lastRow >= 0) {
            int y = firstRow * cellHeight;
            int h = Math.min(height, (lastRow + 1) * cellHeight) - y;
            Rectangle2D dirty = new Rectangle2D(0, y, width, Math.max(1, h));
            buffer.updateBuffer(b -> dirty);
        }
    }

    private void fillCell(int q, byte code, byte look) {
        int x0 = (q % columns) * cell;
        int y0 = (q / columns) * cellHeight;
        int sideX = gapped(cell);
        int sideY = gapped(cellHeight);
        int colour = STATE_ARGB[code];
        // A running query: a pale cell that fills from the bottom.
        int paleRows = look >= QUERY_LOOKS ? sideY - sideY * (look - QUERY_LOOKS + 1) / PROGRESS_STEPS : 0;
        for (int dy = 0; dy < cellHeight && y0 + dy < height; dy++) {
            int rowStart = (y0 + dy) * width + x0;
            int c = dy >= sideY ? 0 : dy < paleRows ? QUERY_PALE : colour;
            for (int dx = 0; dx < cell && x0 + dx < width; dx++) {
                pixels[rowStart + dx] = dx >= sideX ? 0 : c;
            }
        }
    }

    /** A one-pixel gap between cells once they are big enough to show it. */
    private static int gapped(int side) {
        return side >= 5 ? side - 1 : side;
    }

    private void computeCells() {
        if (count == 0 || width < 1 || height < 1) {
            cell = 0;
            return;
        }
        // The largest square cell with which every worker fits.
        int c = (int) Math.floor(Math.sqrt((double) width * height / count));
        while (c > 1 && (long) (width / c) * (height / c) < count) {
            c--;
        }
        cell = Math.max(1, Math.min(c, 24));
        columns = Math.max(1, width / cell);
        // Taller cells where the rows leave room: the map fills its area.
        int rows = (count + columns - 1) / columns;
        cellHeight = Math.max(cell, Math.min(Math.min(2 * cell, 24), height / rows));
    }

    /** The side of a cell in pixels, for checks. */
    public double cellSize() {
        return cell;
    }

    /** The colour shown for worker {@code q} (its cell's top-left pixel), for checks. */
    public Color colourOf(int q) {
        if (cell <= 0) {
            return Color.TRANSPARENT;
        }
        int argb = pixels[((q / columns) * cellHeight + gapped(cellHeight) - 1) * width + (q % columns) * cell];
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    /** The colour a worker in state {@code s} is drawn with (a querying one: where its query has got). */
    public static Color colourFor(WorkerState s) {
        int argb = STATE_ARGB[s.ordinal()];
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    /** A colour as premultiplied ARGB, the image's format. */
    private static int argb(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * c.getOpacity() * 255);
        int g = (int) Math.round(c.getGreen() * c.getOpacity() * 255);
        int b = (int) Math.round(c.getBlue() * c.getOpacity() * 255);
        return a << 24 | r << 16 | g << 8 | b;
    }
}
