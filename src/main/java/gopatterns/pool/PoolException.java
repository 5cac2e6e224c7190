package gopatterns.pool;

/** An acquire that did not get a resource. */
public sealed class PoolException extends Exception
        permits PoolClosedException, AcquireTimeoutException, FactoryFailedException {
    PoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
