package gopatterns.history.pool;

/**
 * The latest thing that happened to a connection, as the view animates it. Each move has its own colour
 * (a looked-up colour of pool.css), icon and label.
 */
public enum ConnectionMove {
    /** The factory made it ({@code Create: New Connection N}). */
    BORN("born", "mdi2p-plus-circle-outline"),
    /** A new connection goes from the factory to the worker that asked ({@code Acquire: New Resource}). */
    CARRIED("carried", "mdi2a-arrow-right-bold-circle-outline"),
    /** An idle connection is taken from its slot ({@code Acquire: Shared Resource}): reuse. */
    TAKEN("taken", "mdi2r-recycle"),
    /** Released into a free slot ({@code Release: In Queue}). */
    RETURNED("returned", "mdi2t-tray-arrow-down"),
    /** Released while every slot was full: closed ({@code Release: Closing}). */
    CLOSED_AT_RELEASE("closed-at-release", "mdi2c-close-circle-outline"),
    /** Idle in a slot when the pool was closed. */
    CLOSED_AT_SHUTDOWN("closed-at-shutdown", "mdi2p-power"),
    /** Released after the pool was closed. */
    CLOSED_AFTER_SHUTDOWN("closed-after-shutdown", "mdi2l-lock-outline");

    private final String styleClass;
    private final String icon;

    ConnectionMove(String styleClass, String icon) {
        this.styleClass = styleClass;
        this.icon = icon;
    }

    public String styleClass() {
        return styleClass;
    }

    /** An Ikonli literal: the shape that tells the move apart without its colour. */
    public String icon() {
        return icon;
    }

    public String messageKey() {
        return "pool.move." + styleClass;
    }

    public boolean closes() {
        return this == CLOSED_AT_RELEASE || this == CLOSED_AT_SHUTDOWN || this == CLOSED_AFTER_SHUTDOWN;
    }
}
