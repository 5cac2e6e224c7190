package gopatterns.ui.pool;

import gopatterns.event.GoDuration;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import java.text.NumberFormat;

/** Says in words, in the app's language, what an event means and what a finished run shows. */
public final class PoolEventText {

    private PoolEventText() {
    }

    /** One sentence for {@code event}; empty for null. */
    public static String describe(PoolEvent event) {
        if (event == null) {
            return "";
        }
        String key = "pool.event." + event.type();
        return switch (event) {
            case PoolEvent.PoolCreated e -> I18n.get(key, e.size());
            case PoolEvent.DemoStarted e -> I18n.get(key, e.workers());
            case PoolEvent.WorkerArrived e -> I18n.get(key, id(e.worker()));
            case PoolEvent.AcquireShared e -> I18n.get(key, id(e.resource()));
            case PoolEvent.ResourceCreated e -> I18n.get(key, id(e.resource()));
            case PoolEvent.FactoryFailed e -> I18n.get(key, e.message());
            case PoolEvent.WaitStarted e -> I18n.get(key, e.waiting());
            case PoolEvent.WaitEnded e -> I18n.get(key + "." + e.result().name().toLowerCase(java.util.Locale.ROOT),
                    GoDuration.format(e.waited()));
            case PoolEvent.WorkerAcquired e -> I18n.get(key + (e.shared() ? ".shared" : ".new"), id(e.worker()),
                    id(e.resource()));
            case PoolEvent.WorkerQuerying e -> I18n.get(key, id(e.worker()), id(e.resource()),
                    GoDuration.format(e.hold()));
            case PoolEvent.WorkerQueried e -> I18n.get(key, id(e.worker()), id(e.resource()));
            case PoolEvent.ReleasedToSlot e -> I18n.get(key, id(e.resource()));
            case PoolEvent.ReleasedClosing e -> I18n.get(key, id(e.resource()));
            case PoolEvent.ReleasedAfterClose e -> I18n.get(key, id(e.resource()));
            case PoolEvent.ResourceClosed e -> I18n.get(key, id(e.resource()));
            case PoolEvent.CloseFailed e -> I18n.get(key, id(e.resource()), e.message());
            case PoolEvent.PoolClosed e -> I18n.get(key, e.idleClosed());
            case PoolEvent.WorkerFailed e -> I18n.get(key, id(e.worker()), e.message());
            case PoolEvent.WorkerDone e -> I18n.get(key, id(e.worker()));
            case PoolEvent.AcquireNew e -> I18n.get(key);
            case PoolEvent.AcquireRefused e -> I18n.get(key);
            case PoolEvent.Shutdown e -> I18n.get(key);
        };
    }

    /** What a finished run shows, in one or two sentences: the lesson. */
    public static String summary(PoolStats s, int workers, boolean bounded, int maxTotal) {
        NumberFormat n = NumberFormat.getIntegerInstance(I18n.locale());
        NumberFormat pct = percent();
        String text = s.reused() == 0
                ? I18n.get("pool.summary.noReuse", n.format(s.created()), n.format(workers))
                : I18n.get("pool.summary.reuse", n.format(s.created()), n.format(workers), n.format(s.reused()),
                        pct.format(s.reuseRatio()));
        if (bounded) {
            text += " " + I18n.get("pool.summary.bounded", n.format(maxTotal), n.format(s.waits()));
        }
        if (s.refusedAcquires() > 0 || s.closedAfterShutdown() > 0) {
            text += " " + I18n.get("pool.summary.closed", n.format(s.refusedAcquires()),
                    n.format(s.closedAfterShutdown()));
        }
        return text;
    }

    /** A share as a percentage, to one decimal where it has one: 0.1% of 10,000 acquires is not 0%. */
    public static NumberFormat percent() {
        NumberFormat pct = NumberFormat.getPercentInstance(I18n.locale());
        pct.setMaximumFractionDigits(1);
        return pct;
    }

    /** Ids and worker numbers as plain digits: no grouping, whatever the locale. */
    private static String id(long v) {
        return Long.toString(v);
    }
}
