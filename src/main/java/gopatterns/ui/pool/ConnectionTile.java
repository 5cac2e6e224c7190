package gopatterns.ui.pool;

import gopatterns.history.pool.ConnectionMove;
import gopatterns.ui.I18n;
import javafx.css.PseudoClass;
import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A connection as a coloured tile with its id. The move it last made sets its colour and its icon (the
 * shape cue); a closed connection is crossed out.
 */
public final class ConnectionTile extends StackPane {

    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final FontIcon icon = new FontIcon();
    private final Label id = new Label();
    private final Line crossA = new Line(0, 0, 30, 16);
    private final Line crossB = new Line(0, 16, 30, 0);
    private ConnectionMove move;

    public ConnectionTile() {
        getStyleClass().add("connection-tile");
        icon.getStyleClass().add("tile-icon");
        id.getStyleClass().add("tile-id");
        HBox content = new HBox(2, icon, id);
        content.setAlignment(Pos.CENTER);
        crossA.getStyleClass().add("tile-cross");
        crossB.getStyleClass().add("tile-cross");
        crossA.setVisible(false);
        crossB.setVisible(false);
        getChildren().addAll(content, crossA, crossB);
        setMouseTransparent(true);
    }

    public ConnectionTile(long connection, ConnectionMove move) {
        this();
        show(connection, move);
    }

    /** Shows {@code connection} after {@code move}; tiles are reused, so this resets every visual. */
    public void show(long connection, ConnectionMove m) {
        id.setText(connection > 0 ? "C" + connection : "C");
        if (move != m) {
            if (move != null) {
                getStyleClass().remove(move.styleClass());
            }
            getStyleClass().add(m.styleClass());
            icon.setIconLiteral(m.icon());
            move = m;
        }
        if (crossA.isVisible()) {
            setEnded(false);
        }
        setOpacity(1);
        setScaleX(1);
        setScaleY(1);
    }

    /** A compact tile shows only the id: for many slots in little room. */
    public void setCompact(boolean compact) {
        icon.setVisible(!compact);
        icon.setManaged(!compact);
        pseudoClassStateChanged(COMPACT, compact);
    }

    /**
     * The size of the tile showing its id alone (px): what a compact tile resting in a small dock is given. Read
     * from the id's own size, so that it holds in the same pulse as the change to compact.
     */
    public Dimension2D compactSize() {
        double h = Math.min(prefHeight(-1), id.prefHeight(-1) + 2);
        return new Dimension2D(id.prefWidth(-1) + 8, h);
    }

    /** Crosses the tile out: the connection's visible end. */
    public void setEnded(boolean ended) {
        crossA.setVisible(ended);
        crossB.setVisible(ended);
        pseudoClassStateChanged(ENDED, ended);
    }

    public ConnectionMove move() {
        return move;
    }

    public String idText() {
        return id.getText();
    }

    /** A sample tile and the move's name, for the legend. */
    public static HBox legendEntry(ConnectionMove m) {
        Label name = new Label(I18n.get(m.messageKey()));
        name.getStyleClass().add("legend-text");
        HBox entry = new HBox(4, new ConnectionTile(0, m), name);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add("legend-entry");
        return entry;
    }
}
