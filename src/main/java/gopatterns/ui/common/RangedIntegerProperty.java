package gopatterns.ui.common;

import javafx.beans.property.SimpleIntegerProperty;

/**
 * An integer parameter that never leaves its range: a value outside is clamped to the nearer end. Controls
 * bound to it therefore cannot reach an invalid value, whatever they send.
 */
public final class RangedIntegerProperty extends SimpleIntegerProperty {

    private final int min;
    private final int max;

    public RangedIntegerProperty(Object bean, String name, int min, int max, int initial) {
        super(bean, name);
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        set(initial);
    }

    @Override
    public void set(int v) {
        super.set(Math.max(min, Math.min(max, v)));
    }

    @Override
    public void setValue(Number v) {
        set(v == null ? min : (int) Math.round(v.doubleValue()));
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
