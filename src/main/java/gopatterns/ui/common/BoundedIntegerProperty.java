package gopatterns.ui.common;

import javafx.beans.property.SimpleIntegerProperty;

/** A whole-number parameter with a valid range: a value outside it is brought to the nearest end. */
public final class BoundedIntegerProperty extends SimpleIntegerProperty {

    private final int min;
    private final int max;

    public BoundedIntegerProperty(Object bean, String name, int initial, int min, int max) {
        super(bean, name);
        if (!(min <= initial && initial <= max)) {
            throw new IllegalArgumentException(name + ": initial value " + initial + " outside " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        super.set(initial);
    }

    @Override
    public void set(int v) {
        super.set(Math.max(min, Math.min(max, v)));
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(long v) {
        return v >= min && v <= max;
    }
}
