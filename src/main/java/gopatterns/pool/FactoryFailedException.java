package gopatterns.pool;

/** The factory could not make a resource; the cause is the factory's exception. */
public final class FactoryFailedException extends PoolException {
    public FactoryFailedException(Throwable cause) {
        super("Create failed: " + cause.getMessage(), cause);
    }
}
