package gopatterns.ui.shell;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Spinners;
import java.util.List;
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

    /** Between the two columns of keys, px. */
    private static final double COLUMN_GAP = 32;
    /** Around the columns: the card's padding, its margin in the window and a scroll bar, px. */
    private static final double MARGINS = 100;

    private final GridPane columns = new GridPane();
    private final GridPane first = grid();
    private final GridPane second = grid();

    HelpOverlay(Shortcuts shortcuts, Runnable close) {
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        // Two columns of about as many rows, the number field's keys at the foot of the second, so that the sheet
        // fits a projector's 1280x720 whole: side by side when the window is wide enough, else one under the other.
        List<Shortcuts.Shortcut> table = shortcuts.table();
        int rows = table.size() + 1 + shortcuts.fieldKeys().size();
        int split = (rows + 1) / 2;
        int row = 0;
        for (Shortcuts.Shortcut s : table.subList(0, split)) {
            addRow(first, row++, s.keys(), s.descriptionKey());
        }
        row = 0;
        for (Shortcuts.Shortcut s : table.subList(split, table.size())) {
            addRow(second, row++, s.keys(), s.descriptionKey());
        }
        // How editing a field ends, and how the keys come back after it.
        Label fields = new Label(I18n.get("help.fields.title"));
        fields.getStyleClass().add("help-title");
        second.add(fields, 0, row++, 2, 1);
        for (Shortcuts.FieldKey k : shortcuts.fieldKeys()) {
            addRow(second, row++, k.keys(), k.descriptionKey());
        }
        columns.setHgap(COLUMN_GAP);
        columns.setVgap(COLUMN_GAP / 2);
        columns.getChildren().addAll(first, second);
        widthProperty().addListener((obs, was, now) -> arrange(now.doubleValue()));
        Label title = new Label(I18n.get("help.title"));
        title.getStyleClass().add("help-title");
        Label hint = new Label(I18n.get("help.close"));
        hint.getStyleClass().add("help-hint");
        VBox card = new VBox(10, title, columns, hint);
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
        // Over the fields: a message about a refused value would sit on the sheet's rows.
        sceneProperty().subscribe(scene -> {
            if (scene != null && scene.getWindow() != null) {
                Spinners.closeNotices(scene.getWindow());
            }
        });
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

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-grid");
        return grid;
    }

    /** Side by side when both columns fit in {@code width} px with the card's margins, else one under the other. */
    private void arrange(double width) {
        double need = first.prefWidth(-1) + COLUMN_GAP + second.prefWidth(-1) + MARGINS;
        boolean wide = width >= need;
        GridPane.setConstraints(first, 0, 0);
        GridPane.setConstraints(second, wide ? 1 : 0, wide ? 0 : 1);
    }

    private static void addRow(GridPane grid, int row, String keys, String descriptionKey) {
        Label k = new Label(keys);
        k.getStyleClass().add("help-keys");
        Label what = new Label(I18n.get(descriptionKey));
        what.setWrapText(true);
        what.getStyleClass().add("help-what");
        grid.addRow(row, k, what);
    }
}
