package gopatterns.ui.common;

import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Binds editable controls to a model's parameters so that they cannot reach an invalid value: text that is
 * not a number, or out of range, falls back to the last valid value and nothing else changes.
 */
public final class ParamControls {

    private static final String KEEP = "gopatterns.boundValue";

    private ParamControls() {
    }

    /** An editable integer spinner over {@code property}, from {@code min} to {@code max}. */
    public static void bindSpinner(Spinner<Integer> spinner, IntegerProperty property, int min, int max, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get(), step);
        factory.setConverter(new LenientInteger(factory));
        spinner.setValueFactory(factory);
        ObjectProperty<Integer> boxed = property.asObject();
        // A bidirectional binding holds its ends weakly: keep the boxed end alive with the control.
        spinner.getProperties().put(KEEP, boxed);
        factory.valueProperty().bindBidirectional(boxed);
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(spinner);
            }
        });
    }

    /** Commits what was typed, or shows the value again if it was not a number. */
    public static void commit(Spinner<Integer> spinner) {
        if (spinner.isEditable()) {
            spinner.commitValue();
            spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
        }
    }

    /** A text field of digits only over {@code property} (a seed, say). */
    public static void bindDigits(TextField field, LongProperty property, int maxDigits) {
        UnaryOperator<TextFormatter.Change> digitsOnly = c ->
                c.getControlNewText().matches("\\d{0," + maxDigits + "}") ? c : null;
        StringConverter<Long> converter = new StringConverter<>() {
            @Override
            public String toString(Long v) {
                return v == null ? "" : Long.toString(v);
            }

            @Override
            public Long fromString(String s) {
                return s == null || s.isBlank() ? property.get() : Long.parseLong(s);
            }
        };
        TextFormatter<Long> formatter = new TextFormatter<>(converter, property.get(), digitsOnly);
        field.setTextFormatter(formatter);
        ObjectProperty<Long> boxed = property.asObject();
        field.getProperties().put(KEEP, boxed);
        formatter.valueProperty().bindBidirectional(boxed);
    }

    private static final class LenientInteger extends StringConverter<Integer> {
        private final SpinnerValueFactory.IntegerSpinnerValueFactory factory;

        LenientInteger(SpinnerValueFactory.IntegerSpinnerValueFactory factory) {
            this.factory = factory;
        }

        @Override
        public String toString(Integer v) {
            return v == null ? "" : Integer.toString(v);
        }

        @Override
        public Integer fromString(String s) {
            try {
                int v = Integer.parseInt(s.trim().replace(",", "").replace("_", ""));
                return Math.max(factory.getMin(), Math.min(factory.getMax(), v));
            } catch (RuntimeException e) {
                return factory.getValue();
            }
        }
    }
}
