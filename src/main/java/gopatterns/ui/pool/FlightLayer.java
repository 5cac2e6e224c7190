package gopatterns.ui.pool;

import gopatterns.history.pool.ConnectionMove;
import gopatterns.history.pool.PoolFold;
import gopatterns.ui.common.Animated;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.TranslateTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * Connection tiles flying over the view: from the factory or a slot to a worker, from a worker back into a
 * slot, into the closed bin (where they are crossed out and fade). Purely decoration over the model's state:
 * at most {@link #PER_KIND} of a kind fly at once and at most {@link #MAX_NEW_PER_FRAME} start in one frame, so a
 * burst of thousands of moves costs no more than a few; the tiles themselves are reused.
 *
 * <p>A tile leaves from and lands on {@link TileDock}s only, places kept free of text, scaled to fit the dock; it
 * carries the pseudo-class {@code in-flight} while it travels. One tile at a time rests on a dock: a newer one
 * landing there ends the older one's rest at once, so resting tiles never pile up on each other.
 */
final class FlightLayer extends Pane implements Animated {

    static final int PER_KIND = 5;
    static final int MAX_NEW_PER_FRAME = 6;
    static final Duration FLIGHT = Duration.millis(420);
    private static final Duration END = Duration.millis(380);
    /** Style class of every tile that moves: screen checks look for it. */
    static final String MOVING_TILE = "moving-tile";
    private static final PseudoClass IN_FLIGHT = PseudoClass.getPseudoClass("in-flight");
    /** Room left between a resting tile and its dock's edge, px. */
    private static final double DOCK_MARGIN = 1;

    /** Where tiles leave from and land. */
    interface Places {
        TileDock factory();

        TileDock bin();

        TileDock slot(int i);

        /** The worker's dock, or null when it is not wholly in view (scrolled away, or a heat map cell). */
        TileDock worker(int q);
    }

    /**
     * One tile on its way: it rests on {@code to} once it has travelled, and follows it while it rests (the
     * layout may move the dock meanwhile: a caption that grows a line moves the workers down).
     */
    private final class Flight {
        final ConnectionTile tile;
        final long connection;
        final ConnectionMove kind;
        final TileDock to;
        /** The destination now: null once it is no longer in view (a worker scrolled away). */
        final Supplier<TileDock> where;
        Animation animation;
        boolean landed;
        boolean compactOnArrival;
        /** The tile's scale once it rests. */
        double restScale = 1;

        Flight(ConnectionTile tile, long connection, ConnectionMove kind, TileDock to, Supplier<TileDock> where) {
            this.tile = tile;
            this.connection = connection;
            this.kind = kind;
            this.to = to;
            this.where = where;
        }
    }

    private final Places places;
    private final Map<ConnectionMove, ArrayDeque<ConnectionTile>> spare = new EnumMap<>(ConnectionMove.class);
    private final Map<Animation, Flight> active = new HashMap<>();
    /** The tile resting on each dock now. */
    private final Map<TileDock, Flight> resting = new HashMap<>();

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
                    tile.getStyleClass().addAll("flying", MOVING_TILE);
                    tile.setManaged(false); // sized and placed by its flight only
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
    void fly(List<PoolFold.Move> moves) {
        int start = Math.max(0, moves.size() - MAX_NEW_PER_FRAME);
        for (int i = start; i < moves.size(); i++) {
            PoolFold.Move m = moves.get(i);
            if (spare.get(m.kind()).isEmpty()) {
                continue;
            }
            TileDock from = from(m);
            TileDock to = to(m);
            if (laidOut(from) && laidOut(to)) {
                launch(m, from, to, () -> to(m));
            }
        }
    }

    private TileDock from(PoolFold.Move m) {
        return switch (m.kind()) {
            case BORN -> null;
            case CARRIED -> places.factory();
            case TAKEN, CLOSED_AT_SHUTDOWN -> places.slot(m.slot());
            case RETURNED, CLOSED_AT_RELEASE, CLOSED_AFTER_SHUTDOWN -> m.worker() < 0 ? null : places.worker(m.worker());
        };
    }

    private TileDock to(PoolFold.Move m) {
        return switch (m.kind()) {
            case BORN -> null;
            case CARRIED, TAKEN -> m.worker() < 0 ? null : places.worker(m.worker());
            case RETURNED -> places.slot(m.slot());
            case CLOSED_AT_RELEASE, CLOSED_AT_SHUTDOWN, CLOSED_AFTER_SHUTDOWN -> places.bin();
        };
    }

    private static boolean laidOut(TileDock dock) {
        return dock != null && dock.getScene() != null && dock.getWidth() > 0 && dock.getHeight() > 0;
    }

    /** The dock's centre in this layer's coordinates. */
    private Point2D centre(TileDock dock) {
        Bounds b = dock.localToScene(dock.getLayoutBounds());
        return sceneToLocal(b.getCenterX(), b.getCenterY());
    }

    /** The scale at which a tile of {@code w} x {@code h} fits inside {@code dock}. */
    private static double fit(TileDock dock, double w, double h) {
        Bounds b = dock.localToScene(dock.getLayoutBounds());
        return Math.min(1, Math.min((b.getWidth() - 2 * DOCK_MARGIN) / w, (b.getHeight() - 2 * DOCK_MARGIN) / h));
    }

    private void launch(PoolFold.Move m, TileDock fromDock, TileDock toDock, Supplier<TileDock> where) {
        ConnectionTile tile = spare.get(m.kind()).pop();
        tile.show(m.connection(), look(m.kind()));
        tile.setCompact(false);
        double w = tile.prefWidth(-1);
        double h = tile.prefHeight(-1);
        Point2D from = centre(fromDock);
        Point2D to = centre(toDock);
        double startScale = fit(fromDock, w, h);
        double endScale = fit(toDock, w, h);
        tile.resizeRelocate(from.getX() - w / 2, from.getY() - h / 2, w, h);
        tile.setTranslateX(0);
        tile.setTranslateY(0);
        tile.setScaleX(startScale);
        tile.setScaleY(startScale);
        tile.pseudoClassStateChanged(IN_FLIGHT, true);
        tile.setVisible(true);
        // It travels to where it rests: its centre on the dock's, at its resting size (a compact tile is smaller).
        Dimension2D rest = endScale < 1 ? tile.compactSize() : new Dimension2D(w, h);
        TranslateTransition travel = new TranslateTransition(FLIGHT, tile);
        travel.setToX(to.getX() - rest.getWidth() / 2 - (from.getX() - w / 2));
        travel.setToY(to.getY() - rest.getHeight() / 2 - (from.getY() - h / 2));
        ScaleTransition resize = new ScaleTransition(FLIGHT, tile);
        resize.setToX(endScale);
        resize.setToY(endScale);
        SequentialTransition all = new SequentialTransition(new ParallelTransition(travel, resize));
        if (m.kind().closes()) {
            // Crossed out, it fades where it lies: shrinking it would leave its id too small to read.
            FadeTransition fade = new FadeTransition(END, tile);
            fade.setToValue(0);
            all.getChildren().add(fade);
        } else {
            FadeTransition fade = new FadeTransition(Duration.millis(120), tile);
            fade.setToValue(0);
            all.getChildren().add(fade);
        }
        // A connection is in one place at a time: its newer move ends the tile of its older one (a connection put
        // back into a slot and taken again in one frame would otherwise rest in the slot and at the worker).
        for (Flight older : List.copyOf(active.values())) {
            if (older.connection == m.connection()) {
                end(older);
            }
        }
        Flight flight = new Flight(tile, m.connection(), m.kind(), toDock, where);
        // The tile flies whole, its icon telling the move; a small dock (a worker's, a small slot) then keeps
        // the id alone, at full size: a scaled-down id would be too small to read.
        flight.compactOnArrival = endScale < 1;
        flight.restScale = endScale;
        flight.animation = all;
        // Read from the animation's time, not an end-of-travel callback: a recording that steps the animation
        // time frame by frame lands it as well.
        all.currentTimeProperty().addListener((o, old, now) -> {
            if (!flight.landed && now.greaterThanOrEqualTo(FLIGHT)) {
                arrive(flight);
            }
            if (flight.landed) {
                followDock(flight);
            }
        });
        all.setOnFinished(e -> end(flight));
        active.put(all, flight);
        all.play();
    }

    /** The tile has travelled: it rests on its dock, the only one there. */
    private void arrive(Flight f) {
        if (!active.containsKey(f.animation)) {
            return; // ended already: a newer tile took its dock
        }
        f.landed = true;
        f.tile.pseudoClassStateChanged(IN_FLIGHT, false);
        ConnectionTile t = f.tile;
        if (f.compactOnArrival) {
            t.setCompact(true);
            Dimension2D size = t.compactSize();
            t.resize(size.getWidth(), size.getHeight());
            f.restScale = fit(f.to, size.getWidth(), size.getHeight());
        }
        // Set here, not left to the travel's last step: a flight landed before its first frame (a picture, a
        // check of the screen) has not been interpolated at all.
        t.setScaleX(f.restScale);
        t.setScaleY(f.restScale);
        if (f.kind.closes()) {
            f.tile.setEnded(true);
        }
        Flight before = resting.put(f.to, f);
        if (before != null && before != f) {
            end(before);
        }
        f.to.setCovered(true);
    }

    /** Keeps a resting tile centred on its dock; ends its rest if the dock moved out of view or changed. */
    private void followDock(Flight f) {
        if (!active.containsKey(f.animation)) {
            return;
        }
        if (f.where.get() != f.to || !laidOut(f.to)) {
            end(f);
            return;
        }
        Point2D c = centre(f.to);
        ConnectionTile t = f.tile;
        // Its rest, not the travel's last step, decides its size: the travel may be interpolated after this.
        t.setScaleX(f.restScale);
        t.setScaleY(f.restScale);
        double dx = c.getX() - (t.getLayoutX() + t.getWidth() / 2) - t.getTranslateX();
        double dy = c.getY() - (t.getLayoutY() + t.getHeight() / 2) - t.getTranslateY();
        if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
            t.setTranslateX(t.getTranslateX() + dx);
            t.setTranslateY(t.getTranslateY() + dy);
        }
    }

    private void end(Flight f) {
        if (active.remove(f.animation) == null) {
            return;
        }
        f.animation.stop();
        if (resting.get(f.to) == f) {
            resting.remove(f.to);
            f.to.setCovered(false);
        }
        f.tile.setVisible(false);
        f.tile.pseudoClassStateChanged(IN_FLIGHT, false);
        spare.get(f.kind).push(f.tile);
    }

    /** Puts every resting tile on its dock now, wherever the last layout put the dock. */
    private void followDocks() {
        for (Flight f : List.copyOf(active.values())) {
            if (f.landed) {
                followDock(f);
            }
        }
    }

    /** Lands every tile in the air at once, on its dock, where it rests out its time. */
    @Override
    public void finishMotion() {
        for (Animation a : List.copyOf(active.keySet())) {
            if (a.getCurrentTime().lessThan(FLIGHT)) {
                a.jumpTo(FLIGHT);
            }
            Flight f = active.get(a);
            if (f != null && !f.landed) {
                arrive(f); // not interpolated yet: it has had no frame since it started
            }
        }
        followDocks();
    }

    /** Tiles in the air or resting on a dock now. */
    int flying() {
        return active.size();
    }

    /** Drops every flight at once (reset, rebuild). */
    void clear() {
        for (Flight f : List.copyOf(active.values())) {
            end(f);
        }
    }
}
