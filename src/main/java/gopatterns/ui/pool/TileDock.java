package gopatterns.ui.pool;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A place reserved for a connection tile to rest in (a slot box, a band of the factory or the bin, a spot under a
 * worker): the layout puts no other text there, so a tile that lands never covers a word. What the dock itself
 * shows (a slot's idle connection, the connection a worker holds) hides while a flying tile rests on it.
 */
public final class TileDock extends StackPane {

    private Node resident;
    private boolean residentShown;
    private boolean covered;

    public TileDock() {
        getStyleClass().add("tile-dock");
        setMouseTransparent(true);
    }

    /** Puts {@code node} in the dock as what it shows when no tile rests on it. */
    void setResident(Node node) {
        resident = node;
        getChildren().setAll(node);
        update();
    }

    /** Whether the resident is to be shown when no tile rests here. */
    void showResident(boolean shown) {
        residentShown = shown;
        update();
    }

    /** A flying tile rests here ({@code true}) or has gone ({@code false}). */
    void setCovered(boolean covered) {
        this.covered = covered;
        update();
    }

    boolean isResidentShown() {
        return residentShown;
    }

    private void update() {
        if (resident != null) {
            resident.setVisible(residentShown && !covered);
        }
    }
}
