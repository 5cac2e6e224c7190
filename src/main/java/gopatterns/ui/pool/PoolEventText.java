package gopatterns.ui.pool;

import gopatterns.event.GoDuration;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import java.text.NumberFormat;
import java.time.Duration;

/**
 * Says in words, in the app's language, what an event means and what a finished run shows. The one place
 * that reads events for text: the caption over the workers and the window's explanation line are two
 * lengths of the same {@link Sentence}, so they never disagree on an id or a count. Ids and worker numbers
 * are plain digits, as Go prints them; counts are grouped as the counters group them.
 */
public final class PoolEventText {

    private PoolEventText() {
    }

    /**
     * One event in words: a message key (after {@code pool.event.} for the caption, after
     * {@code explain.pool.} for the explanation) and its arguments, already formatted as text.
     */
    public record Sentence(String key, Object... args) {
        /** The short form, for the caption over the workers. */
        public String caption() {
            return I18n.get("pool.event." + key, args);
        }

        /** The long form, for the window's explanation line. */
        public String explanation() {
            return I18n.get("explain.pool." + key, args);
        }
    }

    /** The words for {@code event}, the pool not closed before it. */
    public static Sentence of(PoolEvent event) {
        return of(event, false);
    }

    /**
     * The words for {@code event}; {@code closedBefore}: the pool was closed before it (Close Pool pressed), so the
     * program's own Close at the end does nothing more.
     */
    public static Sentence of(PoolEvent event, boolean closedBefore) {
        String type = event.type();
        return switch (event) {
            case PoolEvent.PoolCreated e -> new Sentence(type, count(e.size()));
            case PoolEvent.DemoStarted e -> new Sentence(type, count(e.workers()));
            case PoolEvent.WorkerArrived e -> new Sentence(type, id(e.worker()));
            case PoolEvent.AcquireShared e -> new Sentence(type, id(e.resource()));
            case PoolEvent.AcquireNew e -> new Sentence(type);
            case PoolEvent.ResourceCreated e -> new Sentence(type, id(e.resource()));
            case PoolEvent.FactoryFailed e -> new Sentence(type, e.message());
            case PoolEvent.AcquireRefused e -> new Sentence(type);
            case PoolEvent.WaitStarted e -> new Sentence(type, count(e.waiting()));
            case PoolEvent.WaitEnded e -> new Sentence(type + "." + e.result().name(), duration(e.waited()));
            case PoolEvent.WorkerAcquired e -> new Sentence(type + (e.shared() ? ".shared" : ".new"),
                    id(e.worker()), id(e.resource()));
            case PoolEvent.WorkerQuerying e -> new Sentence(type, id(e.worker()), id(e.resource()),
                    duration(e.hold()));
            case PoolEvent.WorkerQueried e -> new Sentence(type, id(e.worker()), id(e.resource()));
            case PoolEvent.ReleasedToSlot e -> new Sentence(type, id(e.resource()), count(e.idle()));
            case PoolEvent.ReleasedClosing e -> new Sentence(type, id(e.resource()));
            case PoolEvent.ReleasedAfterClose e -> new Sentence(type, id(e.resource()));
            case PoolEvent.ResourceClosed e -> new Sentence(type + "." + e.cause().name(), id(e.resource()));
            case PoolEvent.CloseFailed e -> new Sentence(type, id(e.resource()), e.message());
            case PoolEvent.PoolClosed e -> new Sentence(type, count(e.idleClosed()));
            case PoolEvent.WorkerFailed e -> new Sentence(type, id(e.worker()), e.message());
            case PoolEvent.WorkerDone e -> new Sentence(type, id(e.worker()));
            case PoolEvent.Shutdown e -> new Sentence(type + (closedBefore ? ".closed" : ""));
        };
    }

    /** The caption for {@code event}, the pool not closed before it; empty for null. */
    public static String describe(PoolEvent event) {
        return describe(event, false);
    }

    /** The caption for {@code event}; empty for null. {@code closedBefore}: see {@link #of(PoolEvent, boolean)}. */
    public static String describe(PoolEvent event, boolean closedBefore) {
        return event == null ? "" : of(event, closedBefore).caption();
    }

    /** What the view says before a run, from the settings the next run uses. */
    public static String ready(PoolDemo.Params p) {
        return p.spread().isZero()
                ? I18n.get("pool.caption.ready.atOnce", count(p.workers()), count(p.size()))
                : I18n.get("pool.caption.ready.spread", count(p.workers()), count(p.size()), duration(p.spread()));
    }

    /**
     * What a finished run shows, in one or two sentences: the lesson. Every number in it is a field of
     * {@code s}, the record the counters show, and every reason it gives holds for the run {@code run}.
     */
    public static String summary(PoolStats s, PoolDemo.Params run) {
        Long workers = count(run.workers());
        if (s.created() == 0) {
            // Nothing was ever made (every factory call failed, or the pool was closed first): no talk of
            // releases or reuse.
            return I18n.get("pool.summary.noneCreated", workers, count(s.factoryFailures()),
                    count(s.refusedAcquires()));
        }
        String text;
        if (s.reused() > 0) {
            text = I18n.get("pool.summary.reuse", count(s.created()), workers, count(s.reused()),
                    percent().format(s.reuseRatio()));
        } else if (run.spread().isZero()) {
            text = I18n.get("pool.summary.noReuse", count(s.created()), workers);
        } else {
            text = I18n.get("pool.summary.noReuseSpread", count(s.created()), workers);
        }
        if (run.mode() == PoolMode.BOUNDED) {
            text += " " + I18n.get("pool.summary.bounded", count(run.maxTotal()), count(s.waits()));
        }
        if (s.factoryFailures() > 0) {
            text += " " + I18n.get("pool.summary.failures", count(s.factoryFailures()));
        }
        if (s.refusedAcquires() > 0 || s.closedAfterShutdown() > 0) {
            text += " " + I18n.get("pool.summary.closed", count(s.refusedAcquires()),
                    count(s.closedAfterShutdown()));
        }
        return text;
    }

    /**
     * A share as a percentage, always to one decimal (0.1% of 10,000 acquires is not 0%), so that the counter
     * and the lesson write the same share the same way: 72.0%, never 72% beside 72.2%.
     */
    public static NumberFormat percent() {
        NumberFormat pct = NumberFormat.getPercentInstance(I18n.locale());
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
        return pct;
    }

    /** How counts are written everywhere in the view: grouped by the app's locale. */
    public static NumberFormat counts() {
        return NumberFormat.getIntegerInstance(I18n.locale());
    }

    /**
     * A count as the messages take it: a number, so that a pattern can choose the singular ({@code choice});
     * MessageFormat groups it by the app's locale, as {@link #counts()} does.
     */
    private static Long count(long v) {
        return v;
    }

    /** Ids and worker numbers as plain digits: no grouping, whatever the locale. */
    private static String id(long v) {
        return Long.toString(v);
    }

    /**
     * A duration as the pool page shows it, in the caption, the explanation, the settings and the chart alike: in
     * the bundle's unit ("1.5 秒"), in English as Go prints it ("1.5s", "500ms").
     */
    public static String duration(Duration d) {
        return I18n.get("pool.duration", GoDuration.format(d), d.toNanos() / 1e9);
    }
}
