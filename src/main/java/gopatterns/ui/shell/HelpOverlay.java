package gopatterns.ui.shell;

import gopatterns.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts over the content, from the same table the keys are handled by. */
final class HelpOverlay extends StackPane {

    HelpOverlay(Shortcuts shortcuts, Runnable close) {
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        int row = 0;
        for (Shortcuts.Shortcut s : shortcuts.table()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("help-keys");
            Label what = new Label(I18n.get(s.descriptionKey()));
            what.setWrapText(true);
            grid.addRow(row++, keys, what);
        }
        Label title = new Label(I18n.get("help.title"));
        title.getStyleClass().add("help-title");
        Label hint = new Label(I18n.get("help.close"));
        hint.getStyleClass().add("help-hint");
        VBox card = new VBox(12, title, grid, hint);
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        setAlignment(Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(e -> close.run());
    }
}
