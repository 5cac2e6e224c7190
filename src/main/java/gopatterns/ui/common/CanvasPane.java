package gopatterns.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region that fills itself with a canvas, for what is cheaper to draw than to build from nodes (a heat
 * map of thousands of cells, a live chart). The canvas follows the region's size; after a change of size
 * {@link #resized()} repaints everything.
 */
public abstract class CanvasPane extends Region {

    private final Canvas canvas = new Canvas();

    protected CanvasPane() {
        getChildren().add(canvas);
    }

    protected Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            resized();
        }
    }

    /** The canvas has a new size and is blank: paint all of it. */
    protected abstract void resized();
}
