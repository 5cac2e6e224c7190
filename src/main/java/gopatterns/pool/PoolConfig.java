package gopatterns.pool;

import java.time.Duration;

/**
 * How a pool is set up.
 *
 * @param size           idle slots (the Go channel's capacity), at least 1
 * @param mode           Go-compatible or bounded
 * @param maxTotal       bounded mode: most resources alive at once (idle + in use + being created)
 * @param acquireTimeout bounded mode: longest wait of an acquire at the cap; zero waits as long as it takes
 */
public record PoolConfig(int size, PoolMode mode, int maxTotal, Duration acquireTimeout) {

    public PoolConfig {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + size);
        }
        if (mode == null) {
            throw new IllegalArgumentException("pool mode is required");
        }
        if (mode == PoolMode.BOUNDED && maxTotal < 1) {
            throw new IllegalArgumentException("max total must be at least 1, was " + maxTotal);
        }
        if (acquireTimeout == null || acquireTimeout.isNegative()) {
            throw new IllegalArgumentException("acquire timeout must not be negative, was " + acquireTimeout);
        }
    }

    /** The book's pool: {@code size} idle slots, unbounded creation. */
    public static PoolConfig goCompatible(int size) {
        return new PoolConfig(size, PoolMode.GO_COMPATIBLE, 0, Duration.ZERO);
    }

    public static PoolConfig bounded(int size, int maxTotal, Duration acquireTimeout) {
        return new PoolConfig(size, PoolMode.BOUNDED, maxTotal, acquireTimeout);
    }
}
