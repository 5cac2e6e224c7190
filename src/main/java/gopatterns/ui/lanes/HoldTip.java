package gopatterns.ui.lanes;

import gopatterns.history.lanes.Lane;
import gopatterns.history.lanes.LaneState;
import gopatterns.history.lanes.PoolLanes;
import gopatterns.history.lanes.Segment;
import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the pointer on a worker's hold tells, also where the lane is too thin to write it: the connection, who
 * holds it and when, and every worker that held it, in turn. A connection is followed from lane to lane with it.
 */
final class HoldTip {

    private HoldTip() {
    }

    /** The tip for {@code hold}, a worker's hold of a connection in {@code pool}'s lanes. */
    static String text(PoolLanes pool, LanesPainter.Hold hold) {
        Segment s = hold.segment();
        String connection = I18n.get("lanes.connection", s.detail());
        String worker = LaneLook.name(hold.lane());
        String held = s.isOpen()
                ? I18n.get("lanes.tip.holdsFrom", connection, worker, seconds(s.from()))
                : I18n.get("lanes.tip.held", connection, worker, seconds(s.from()), seconds(s.to()));
        return held + "\n" + I18n.get("lanes.tip.holders", connection, String.join(" → ", holders(pool, s.detail())));
    }

    /** The workers that held connection {@code id}, in the order they took it. */
    private static List<String> holders(PoolLanes pool, long id) {
        record Holding(long from, Lane lane) {}
        List<Holding> all = new ArrayList<>();
        for (Lane lane : pool.lanes()) {
            for (Segment s : lane.segments()) {
                if (s.state() == LaneState.HOLDING && s.detail() == id) {
                    all.add(new Holding(s.from(), lane));
                }
            }
        }
        all.sort(Comparator.comparingLong(Holding::from));
        return all.stream().map(h -> LaneLook.name(h.lane())).toList();
    }

    private static double seconds(long runNanos) {
        return runNanos / 1e9;
    }
}
