package gopatterns.pool;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pooled resource that keeps count: who holds it ({@link #claim()}/{@link #unclaim()} by the test's
 * workers), how often it was closed and by which thread, and whether it was closed while held.
 */
final class TestResource implements AutoCloseable {

    final long id;
    private final AtomicBoolean held = new AtomicBoolean();
    private final AtomicInteger closes = new AtomicInteger();
    private final AtomicInteger closedWhileHeld = new AtomicInteger();
    private volatile boolean failOnClose;
    private volatile Thread closedBy;

    TestResource(long id) {
        this.id = id;
    }

    long id() {
        return id;
    }

    /** Marks it held by the caller; false if somebody else holds it already. */
    boolean claim() {
        return held.compareAndSet(false, true);
    }

    void unclaim() {
        held.set(false);
    }

    /** From now on its close throws (after counting the close). */
    TestResource failingOnClose() {
        failOnClose = true;
        return this;
    }

    int closes() {
        return closes.get();
    }

    int closedWhileHeld() {
        return closedWhileHeld.get();
    }

    Thread closedBy() {
        return closedBy;
    }

    @Override
    public void close() throws IOException {
        closedBy = Thread.currentThread();
        if (held.get()) {
            closedWhileHeld.incrementAndGet();
        }
        closes.incrementAndGet();
        if (failOnClose) {
            throw new IOException("close refused by resource " + id);
        }
    }

    @Override
    public String toString() {
        return "resource " + id;
    }
}
