package gopatterns.ui.common;

import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A wrapping label's narrowest honest width: its longest word. Narrower, a layout would break words in the
 * middle ("time.Afte / r(d)"); the label may still shrink to there and wrap between words.
 */
public final class LongestWord {

    private LongestWord() {
    }

    /** Keeps {@code label}'s minimum width at its longest word (in pixels, padding included) as text and font change. */
    public static void keepMinWidth(Labeled label) {
        Runnable fit = () -> label.setMinWidth(width(label));
        label.textProperty().addListener(o -> fit.run());
        label.fontProperty().addListener(o -> fit.run());
        fit.run();
    }

    /** The widest whitespace-separated word of the label's text in its font, plus its padding and label padding and a pixel for rounding. */
    public static double width(Labeled label) {
        return of(label.getText() == null ? "" : label.getText(), label.getFont())
                + label.snappedLeftInset() + label.snappedRightInset()
                + label.getLabelPadding().getLeft() + label.getLabelPadding().getRight() + 1;
    }

    /** The widest whitespace-separated word of {@code text} in {@code font}, in pixels, rounded up. */
    public static double of(String text, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest);
    }
}
