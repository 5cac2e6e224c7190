package gopatterns.ui.pool;

import gopatterns.history.pool.ConnectionMove;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;

/**
 * The pool's idle capacity as a row of boxes (wrapping when there are many), one per slot of the buffered
 * channel; an idle connection sits in a box, the oldest (the next one out) on the left. The boxes are the docks
 * where returned connections land and reused ones leave from.
 */
public final class PoolSlotView extends FlowPane {

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
    /** Above this many slots the boxes get smaller and show only the id: 20 slots must fit in two rows. */
    static final int COMPACT_ABOVE = 6;

    private final List<TileDock> slots = new ArrayList<>();
    private final List<ConnectionTile> tiles = new ArrayList<>();

    public PoolSlotView() {
        super(4, 4);
        getStyleClass().add("pool-slots");
        setAlignment(Pos.CENTER_LEFT);
        setPrefWrapLength(200);
    }

    /** Shows {@code size} slots holding {@code idle} (oldest first). */
    public void show(int size, List<Long> idle) {
        if (slots.size() != size) {
            build(size);
        }
        for (int i = 0; i < size; i++) {
            ConnectionTile tile = tiles.get(i);
            boolean filled = i < idle.size();
            // No node ids here: changing an id re-applies CSS to the tile, once a release or a reuse.
            if (filled) {
                tile.show(idle.get(i), ConnectionMove.RETURNED);
            }
            // The tile covers its box; no state on the box itself, whose change would restyle both.
            slots.get(i).showResident(filled);
        }
    }

    private void build(int size) {
        getChildren().clear();
        pseudoClassStateChanged(COMPACT, size > COMPACT_ABOVE);
        slots.clear();
        tiles.clear();
        for (int i = 0; i < size; i++) {
            ConnectionTile tile = new ConnectionTile();
            tile.setCompact(size > COMPACT_ABOVE);
            tile.setVisible(false);
            TileDock slot = new TileDock();
            slot.setResident(tile);
            slot.setId("slot-" + i);
            slot.getStyleClass().add("slot");
            slots.add(slot);
            tiles.add(tile);
            getChildren().add(slot);
        }
    }

    public int slotCount() {
        return slots.size();
    }

    /** The box of slot {@code i}, where tiles fly to and from; the last one if {@code i} is past the end. */
    TileDock slot(int i) {
        return slots.isEmpty() ? null : slots.get(Math.max(0, Math.min(i, slots.size() - 1)));
    }

    /** The ids shown in the slots, left to right ("C3"), for checks. */
    public List<String> shownIds() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tiles.size(); i++) {
            if (slots.get(i).isResidentShown()) { // a tile resting on the slot shows the same connection
                out.add(tiles.get(i).idText());
            }
        }
        return out;
    }
}
