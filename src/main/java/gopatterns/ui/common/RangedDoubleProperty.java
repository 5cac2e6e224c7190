package gopatterns.ui.common;

import javafx.beans.property.SimpleDoubleProperty;

/** A decimal parameter that never leaves its range: a value outside (or NaN) is clamped to an end. */
public final class RangedDoubleProperty extends SimpleDoubleProperty {

    private final double min;
    private final double max;

    public RangedDoubleProperty(Object bean, String name, double min, double max, double initial) {
        super(bean, name);
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        set(initial);
    }

    @Override
    public void set(double v) {
        super.set(Double.isNaN(v) ? min : Math.max(min, Math.min(max, v)));
    }

    @Override
    public void setValue(Number v) {
        set(v == null ? min : v.doubleValue());
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
