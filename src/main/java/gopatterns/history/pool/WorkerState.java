package gopatterns.history.pool;

/**
 * What a demo worker (a goroutine) is doing, as the view shows it. Kept per worker as a byte
 * ({@link #ordinal()}), so 10,000 workers cost 10,000 bytes.
 */
public enum WorkerState {
    /** Its arrival time has not come yet. */
    NOT_ARRIVED("not-arrived", "·"),
    /** Arrived and asked the pool for a connection. */
    ACQUIRING("acquiring", "?"),
    /** Blocked in acquire across virtual time: bounded mode, at the cap. */
    WAITING("waiting", "‖"),
    /** Holds a connection and runs its query. */
    QUERYING("querying", "▶"),
    /** Query done; handing the connection back. */
    RELEASING("releasing", "↑"),
    DONE("done", "✓"),
    /** The acquire failed: pool closed, factory failed, wait timed out, or the run was stopped. */
    FAILED("failed", "✕");

    private static final WorkerState[] VALUES = values();

    private final String styleClass;
    private final String glyph;

    WorkerState(String styleClass, String glyph) {
        this.styleClass = styleClass;
        this.glyph = glyph;
    }

    /** The CSS class of a figure in this state, also the key of its name in the messages. */
    public String styleClass() {
        return styleClass;
    }

    /** The shape cue drawn in the figure, so that colour is never the only one. */
    public String glyph() {
        return glyph;
    }

    public String messageKey() {
        return "pool.worker." + styleClass;
    }

    public static WorkerState of(byte code) {
        return VALUES[code];
    }

    public byte code() {
        return (byte) ordinal();
    }
}
