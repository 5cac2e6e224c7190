package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A legend: each entry a swatch in its colour with its own icon (colour is never the only cue) and what it
 * means. Swatches are styled by {@code legend-swatch} plus the entry's style class, in the view's CSS.
 */
public final class Legend extends GridPane {

    /**
     * @param styleClass the swatch's style class, e.g. {@code running}
     * @param icon       an Ikonli literal drawn on the swatch, e.g. {@code mdi2p-play}
     * @param messageKey what it means
     */
    public record Entry(String styleClass, String icon, String messageKey) {}

    public Legend(List<Entry> entries) {
        getStyleClass().add("legend");
        setHgap(10);
        setVgap(6);
        int row = 0;
        for (Entry e : entries) {
            FontIcon icon = new FontIcon(e.icon());
            icon.getStyleClass().add("legend-icon");
            Label swatch = new Label(null, icon);
            swatch.getStyleClass().addAll("legend-swatch", e.styleClass());
            swatch.setMinSize(28, 22);
            swatch.setPrefSize(28, 22);
            swatch.setAlignment(Pos.CENTER);
            Label text = new Label(I18n.get(e.messageKey()));
            text.setWrapText(true);
            text.setMaxWidth(320);
            text.setMinHeight(Region.USE_PREF_SIZE);
            addRow(row++, swatch, text);
        }
        setStyle("-fx-padding: 10;");
    }
}
