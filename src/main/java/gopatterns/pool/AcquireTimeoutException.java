package gopatterns.pool;

import java.time.Duration;

/** Bounded mode: the acquire waited its whole timeout at the cap. */
public final class AcquireTimeoutException extends PoolException {
    public AcquireTimeoutException(Duration waited) {
        super("Acquire timed out after " + waited.toMillis() + " ms at the pool's cap", null);
    }
}
