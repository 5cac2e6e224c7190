package gopatterns.ui.common;

import javafx.scene.control.Labeled;
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

    /** The widest whitespace-separated word of the label's text in its font, plus its left and right padding. */
    public static double width(Labeled label) {
        Text probe = new Text();
        probe.setFont(label.getFont());
        double widest = 0;
        String text = label.getText() == null ? "" : label.getText();
        for (String word : text.split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + label.snappedLeftInset() + label.snappedRightInset();
    }
}
