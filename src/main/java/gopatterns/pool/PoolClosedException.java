package gopatterns.pool;

/** Acquire on a closed pool. The message is the Go program's. */
public final class PoolClosedException extends PoolException {
    public static final String MESSAGE = "Pool has been closed";

    public PoolClosedException() {
        super(MESSAGE, null);
    }
}
