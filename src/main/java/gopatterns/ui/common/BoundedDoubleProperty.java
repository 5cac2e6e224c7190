package gopatterns.ui.common;

import javafx.beans.property.SimpleDoubleProperty;

/**
 * A number parameter with a valid range: a value outside it is brought to the nearest end, NaN is ignored.
 * Controls take their range from here, so the GUI cannot reach an invalid value and the range is written once.
 */
public final class BoundedDoubleProperty extends SimpleDoubleProperty {

    private final double min;
    private final double max;

    public BoundedDoubleProperty(Object bean, String name, double initial, double min, double max) {
        super(bean, name);
        if (!(min <= initial && initial <= max)) {
            throw new IllegalArgumentException(name + ": initial value " + initial + " outside " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        super.set(initial);
    }

    @Override
    public void set(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        super.set(Math.max(min, Math.min(max, v)));
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** True if {@code v} lies in the range, for callers that reject rather than bring into range. */
    public boolean accepts(double v) {
        return v >= min && v <= max;
    }
}
