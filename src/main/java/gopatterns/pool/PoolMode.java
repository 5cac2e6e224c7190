package gopatterns.pool;

/** Which pool: the book's, or the bounded one many readers expect. */
public enum PoolMode {
    /** As in the book: the size caps idle resources only; acquire never waits and creates as many as asked. */
    GO_COMPATIBLE,
    /** Also at most {@code maxTotal} resources alive; acquire waits at the cap. */
    BOUNDED
}
