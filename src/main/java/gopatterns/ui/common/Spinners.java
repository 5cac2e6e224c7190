package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Binds editable spinners to bounded parameters. What is typed is read leniently: text that is not a number
 * leaves the value as it was and is replaced by it, a number outside the range is brought into it; either way a
 * message under the field says what was wrong and which numbers it takes. So typing cannot reach an invalid
 * value or throw on the FX thread, and never fails unseen. A number field never takes a space (Space is the
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
        factory.setConverter(lenient(spinner, factory, Integer::valueOf, String::valueOf,
                new Range<>(factory.getMin(), factory.getMax(), "field.rejected.whole")));
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
        factory.setConverter(lenient(spinner, factory, Spinners::decimal, format::format,
                new Range<>(factory.getMin(), factory.getMax(), "field.rejected.decimal")));
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(keep.hold(property.asObject()));
        spinner.setEditable(true);
        refuseSpaces(spinner);
    }

    /** Makes what is typed count: the editor's text becomes the value (or the value goes back into it). */
    public static <T> void commit(Spinner<T> spinner) {
        spinner.commitValue();
        showValue(spinner);
    }

    /**
     * Puts the spinner's value back into its editor, dropping what was typed since the last commit, and closes
     * the message about a refused value, if any.
     */
    public static <T> void revert(Spinner<T> spinner) {
        if (spinner.getProperties().get(FieldNotice.class) instanceof FieldNotice notice) {
            notice.hide();
        }
        showValue(spinner);
    }

    /**
     * Closes the messages about refused values shown over {@code window}: something now covers the fields they
     * speak of (the keyboard sheet, say), and a message must never sit on it. FX thread.
     */
    public static void closeNotices(Window window) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Tooltip t && FieldNotice.ID.equals(t.getId()) && t.getOwnerWindow() == window) {
                t.hide();
            }
        }
    }

    private static <T> void showValue(Spinner<T> spinner) {
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

    /** The numbers a spinner takes, and the message that names them when something else was typed. */
    private record Range<T extends Number>(T min, T max, String rejectedKey) {

        boolean contains(T value) {
            return value.doubleValue() >= min.doubleValue() && value.doubleValue() <= max.doubleValue();
        }

        T clamp(T value) {
            return value.doubleValue() < min.doubleValue() ? min : value.doubleValue() > max.doubleValue() ? max : value;
        }
    }

    /**
     * Reads typed text; text that is no number puts the current value back into the editor, a number out of range
     * is brought into it; both are said under the field.
     */
    private static <T extends Number> StringConverter<T> lenient(Spinner<T> spinner, SpinnerValueFactory<T> factory,
                                                                 Function<String, T> parse, Function<T, String> format,
                                                                 Range<T> range) {
        FieldNotice notice = new FieldNotice(spinner, spinner.getEditor());
        spinner.getProperties().put(FieldNotice.class, notice);
        // A character typed anew takes the message away: it was about the text before. Not Enter or Space, which
        // end the edit (and may have just brought the message).
        spinner.getEditor().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.getCharacter().codePoints().anyMatch(c -> !Character.isISOControl(c) && !Character.isWhitespace(c))) {
                notice.hide();
            }
        });
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : format.apply(value);
            }

            @Override
            public T fromString(String text) {
                String typed = text.trim();
                T value;
                try {
                    value = parse.apply(typed);
                } catch (RuntimeException e) {
                    T current = factory.getValue();
                    spinner.getEditor().setText(toString(current));
                    notice.show(I18n.get(range.rejectedKey(), typed, toString(range.min()), toString(range.max()),
                            toString(current)));
                    return current;
                }
                if (range.contains(value)) {
                    return value; // the message, if any, stays: this is the value it said the field kept
                }
                T kept = range.clamp(value);
                notice.show(I18n.get("field.rejected.range", typed, toString(range.min()), toString(range.max()),
                        toString(kept)));
                return kept;
            }
        };
    }
}
