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
            addRow(grid, row++, s.keys(), s.descriptionKey());
        }
        // How editing a field ends, and how the keys come back after it.
        Label fields = new Label(I18n.get("help.fields.title"));
        fields.getStyleClass().add("help-title");
        grid.add(fields, 0, row++, 2, 1);
        for (Shortcuts.FieldKey k : shortcuts.fieldKeys()) {
            addRow(grid, row++, k.keys(), k.descriptionKey());
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

    private static void addRow(GridPane grid, int row, String keys, String descriptionKey) {
        Label k = new Label(keys);
        k.getStyleClass().add("help-keys");
        Label what = new Label(I18n.get(descriptionKey));
        what.setWrapText(true);
        grid.addRow(row, k, what);
    }
}
