package gopatterns.ui.shell;

import gopatterns.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
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
        // Taller than a small or projector screen in some languages: from the top of the content down, scrolled.
        StackPane centred = new StackPane(card);
        centred.getStyleClass().add("help-centred");
        centred.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setId("helpScroll");
        scroll.getStyleClass().add("help-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setAlignment(Pos.TOP_CENTER);
        getChildren().add(scroll);
        // A click closes it, except on the scroll bar: dragging it reads on.
        setOnMouseClicked(e -> {
            if (!(e.getTarget() instanceof Node n && onScrollBar(n))) {
                close.run();
            }
        });
    }

    private static boolean onScrollBar(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    private static void addRow(GridPane grid, int row, String keys, String descriptionKey) {
        Label k = new Label(keys);
        k.getStyleClass().add("help-keys");
        Label what = new Label(I18n.get(descriptionKey));
        what.setWrapText(true);
        grid.addRow(row, k, what);
    }
}
