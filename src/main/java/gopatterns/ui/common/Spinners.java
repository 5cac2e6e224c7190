package gopatterns.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Binds editable spinners to bounded parameters. What is typed is read leniently: text that is not a number
 * leaves the value as it was and is replaced by it, a number outside the range is brought into it. So typing
 * cannot reach an invalid value or throw on the FX thread. A number field never takes a space (Space is the
 * start/pause key, and no number has one).
 */
public final class Spinners {

    private Spinners() {
    }

    public static void bind(Spinner<Integer> spinner, BoundedIntegerProperty property, ViewListeners keep) {
        bind(spinner, property, 1, keep);
    }

    /** As {@link #bind(Spinner, BoundedIntegerProperty, ViewListeners)}, the arrows moving by {@code step}. */
    public static void bind(Spinner<Integer> spinner, BoundedIntegerProperty property, int step,
                            ViewListeners keep) {
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(property.min(), property.max(),
                property.get(), step);
        factory.setConverter(lenient(spinner, factory, Integer::valueOf, String::valueOf));
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(keep.hold(property.asObject()));
        spinner.setEditable(true);
        refuseSpaces(spinner);
    }

    public static void bind(Spinner<Double> spinner, BoundedDoubleProperty property, double step,
                            ViewListeners keep) {
        var factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(property.min(), property.max(),
                property.get(), step);
        DecimalFormat format = new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        factory.setConverter(lenient(spinner, factory, Spinners::decimal,
                format::format));
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(keep.hold(property.asObject()));
        spinner.setEditable(true);
        refuseSpaces(spinner);
    }

    /** Makes what is typed count: the editor's text becomes the value (or the value goes back into it). */
    public static <T> void commit(Spinner<T> spinner) {
        spinner.commitValue();
        revert(spinner);
    }

    /** Puts the spinner's value back into its editor, dropping what was typed since the last commit. */
    public static <T> void revert(Spinner<T> spinner) {
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        if (factory != null) {
            spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
        }
    }

    private static void refuseSpaces(Spinner<?> spinner) {
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getText().chars().anyMatch(Character::isWhitespace) ? null : change));
    }

    private static Double decimal(String text) {
        double v = Double.parseDouble(text.replace(',', '.'));
        if (Double.isNaN(v)) {
            throw new NumberFormatException("not a number: " + text);
        }
        return v;
    }

    /** Reads typed text; text that is no number puts the current value back into the editor. */
    private static <T> StringConverter<T> lenient(Spinner<T> spinner, SpinnerValueFactory<T> factory,
                                                  Function<String, T> parse, Function<T, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : format.apply(value);
            }

            @Override
            public T fromString(String text) {
                try {
                    return parse.apply(text.trim());
                } catch (RuntimeException e) {
                    T current = factory.getValue();
                    spinner.getEditor().setText(toString(current));
                    return current;
                }
            }
        };
    }
}
