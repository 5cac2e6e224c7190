package gopatterns.ui.pool;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.animation.Animation;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.TranslateTransition;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * Connection tiles flying over the view: from the factory or a slot to a worker, from a worker back into a
 * slot, into the closed bin (where they are crossed out and fade). Purely decoration over the model's state:
 * at most {@link #PER_KIND} of a kind fly at once and at most {@link #MAX_NEW_PER_FRAME} start in one frame, so a
 * burst of thousands of moves costs no more than a few; the tiles themselves are reused.
 */
final class FlightLayer extends Pane {

    static final int PER_KIND = 5;
    static final int MAX_NEW_PER_FRAME = 6;
    static final Duration FLIGHT = Duration.millis(420);
    private static final Duration END = Duration.millis(380);

    /** Where the view's places are, in scene coordinates. */
    interface Places {
        Node factory();

        Node bin();

        Node slot(int i);

        /** The worker's centre in scene coordinates, or null if it is not on screen. */
        Point2D worker(int q);
    }

    private final Places places;
    private final Map<ConnectionMove, ArrayDeque<ConnectionTile>> spare = new EnumMap<>(ConnectionMove.class);
    private final Set<Animation> active = new HashSet<>();


    FlightLayer(Places places) {
        this.places = places;
        setMouseTransparent(true);
        setManaged(false);
        getStyleClass().add("flight-layer");
        // Every tile is made and styled once, for one kind of move, and stays in the scene hidden between
        // flights: adding nodes or changing their style classes would apply CSS anew for each flight.
        for (ConnectionMove kind : ConnectionMove.values()) {
            ArrayDeque<ConnectionTile> tiles = new ArrayDeque<>();
            if (kind != ConnectionMove.BORN) { // a birth has no way to fly: the new connection flies as CARRIED
                for (int i = 0; i < PER_KIND; i++) {
                    ConnectionTile tile = new ConnectionTile(0, look(kind));
                    tile.getStyleClass().add("flying");
                    tile.setVisible(false);
                    getChildren().add(tile);
                    tiles.push(tile);
                }
            }
            spare.put(kind, tiles);
        }
    }

    /** A new connection flies from the factory looking new. */
    private static ConnectionMove look(ConnectionMove kind) {
        return kind == ConnectionMove.CARRIED ? ConnectionMove.BORN : kind;
    }

    /** Starts flights for the newest of {@code moves}, at most {@link #MAX_NEW_PER_FRAME} of them. */
    void fly(List<PoolModel.Move> moves) {
        int start = Math.max(0, moves.size() - MAX_NEW_PER_FRAME);
        for (int i = start; i < moves.size(); i++) {
            PoolModel.Move m = moves.get(i);
            if (spare.get(m.kind()).isEmpty()) {
                continue;
            }
            Point2D from = from(m);
            Point2D to = to(m);
            if (from != null && to != null) {
                launch(m, sceneToLocal(from), sceneToLocal(to));
            }
        }
    }

    private Point2D from(PoolModel.Move m) {
        return switch (m.kind()) {
            case BORN -> null;
            case CARRIED -> centre(places.factory());
            case TAKEN -> centre(places.slot(m.slot()));
            case CLOSED_AT_SHUTDOWN -> centre(places.slot(m.slot()));
            case RETURNED, CLOSED_AT_RELEASE, CLOSED_AFTER_SHUTDOWN -> m.worker() < 0 ? null : places.worker(m.worker());
        };
    }

    private Point2D to(PoolModel.Move m) {
        return switch (m.kind()) {
            case BORN -> null;
            case CARRIED, TAKEN -> m.worker() < 0 ? null : places.worker(m.worker());
            case RETURNED -> centre(places.slot(m.slot()));
            case CLOSED_AT_RELEASE, CLOSED_AT_SHUTDOWN, CLOSED_AFTER_SHUTDOWN -> centre(places.bin());
        };
    }

    private static Point2D centre(Node n) {
        if (n == null || n.getScene() == null) {
            return null;
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private void launch(PoolModel.Move m, Point2D from, Point2D to) {
        ConnectionTile tile = spare.get(m.kind()).pop();
        tile.show(m.connection(), look(m.kind()));
        double w = tile.prefWidth(-1);
        double h = tile.prefHeight(-1);
        tile.resizeRelocate(from.getX() - w / 2, from.getY() - h / 2, w, h);
        tile.setTranslateX(0);
        tile.setTranslateY(0);
        tile.setVisible(true);
        TranslateTransition travel = new TranslateTransition(FLIGHT, tile);
        travel.setToX(to.getX() - from.getX());
        travel.setToY(to.getY() - from.getY());
        SequentialTransition all = new SequentialTransition(travel);
        if (m.kind().closes()) {
            FadeTransition fade = new FadeTransition(END, tile);
            fade.setToValue(0);
            ScaleTransition shrink = new ScaleTransition(END, tile);
            shrink.setToX(0.6);
            shrink.setToY(0.6);
            travel.setOnFinished(e -> tile.setEnded(true));
            all.getChildren().add(new ParallelTransition(fade, shrink));
        } else {
            FadeTransition fade = new FadeTransition(Duration.millis(120), tile);
            fade.setToValue(0);
            all.getChildren().add(fade);
        }
        all.setOnFinished(e -> land(all, m.kind(), tile));
        active.add(all);
        all.play();
    }

    private void land(Animation flight, ConnectionMove kind, ConnectionTile tile) {
        active.remove(flight);
        tile.setVisible(false);
        spare.get(kind).push(tile);
    }

    /** Stops every flight at {@code at} into it, for a still picture. */
    void freezeAt(Duration at) {
        for (Animation a : active) {
            a.jumpTo(at);
            a.pause();
        }
    }

    /** Tiles in the air now. */
    int flying() {
        return active.size();
    }

    /** Drops every flight at once (reset, rebuild). */
    void clear() {
        for (Animation a : List.copyOf(active)) {
            a.stop();
        }
        active.clear();
        spare.values().forEach(ArrayDeque::clear);
        for (var n : getChildren()) {
            ConnectionTile tile = (ConnectionTile) n;
            tile.setVisible(false);
            spare.get(tile.move() == ConnectionMove.BORN ? ConnectionMove.CARRIED : tile.move()).push(tile);
        }
    }
}
