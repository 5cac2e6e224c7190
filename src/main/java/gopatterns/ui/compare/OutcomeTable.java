package gopatterns.ui.compare;

import gopatterns.ui.I18n;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.common.ViewListeners;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The outcomes of the two runs side by side, once both are over: one column per result (the runner's result, exit
 * status, threads left, tasks after Start returned; the pool's counters), a row per side; a value that differs from
 * the other side's is marked. Three rows high, so that the two runs keep the room above; hidden while the pair is
 * looked back at. The values come from each
 * side's own events and counters ({@link ComparePattern#outcome}).
 */
public final class OutcomeTable<M extends SimulationModel<?>, P> extends GridPane {

    private final CompareModel<M, P> model;
    private Label[][] cells;

    OutcomeTable(CompareModel<M, P> model, ViewListeners listeners) {
        this.model = model;
        setId("compareOutcome");
        getStyleClass().add("compare-outcome");
        setHgap(12);
        setVgap(2);
        // The runs' outcomes at their end: looking back at a moment of them, the sides have the room.
        visibleProperty().bind(model.finishedProperty().and(model.liveProperty()));
        managedProperty().bind(visibleProperty());
        listeners.onValue(model.framesProperty(), n -> {
            if (model.finishedProperty().get() && model.liveProperty().get()) {
                refresh();
            }
        });
    }

    /** The results shown, by side then column, as text; empty before both runs are over. */
    public List<List<String>> shown() {
        if (cells == null) {
            return List.of();
        }
        return List.of(texts(cells[0]), texts(cells[1]));
    }

    private static List<String> texts(Label[] row) {
        return java.util.Arrays.stream(row).map(Label::getText).toList();
    }

    private void refresh() {
        List<ComparePattern.Result> left = model.pattern().outcome(model.left());
        List<ComparePattern.Result> right = model.pattern().outcome(model.right());
        if (cells == null || cells[0].length != left.size()) {
            build(left);
        }
        for (int c = 0; c < left.size(); c++) {
            boolean differs = !left.get(c).value().equals(right.get(c).value());
            show(cells[0][c], left.get(c).value(), differs);
            show(cells[1][c], right.get(c).value(), differs);
        }
    }

    private static void show(Label cell, String text, boolean differs) {
        if (!text.equals(cell.getText())) {
            cell.setText(text);
        }
        if (differs != cell.getStyleClass().contains("compare-differs")) {
            if (differs) {
                cell.getStyleClass().add("compare-differs");
            } else {
                cell.getStyleClass().remove("compare-differs");
            }
        }
    }

    /** The frame of the table: the results' names over their columns, the sides' names before their rows. */
    private void build(List<ComparePattern.Result> columns) {
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        getColumnConstraints().add(names);
        Label title = label(I18n.get("compare.outcome"), "compare-outcome-title");
        add(title, 0, 0);
        cells = new Label[2][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(col);
            Label head = label(columns.get(c).name(), "compare-outcome-name");
            head.setWrapText(true);
            head.setMinHeight(Region.USE_PREF_SIZE);
            add(head, c + 1, 0);
            for (int side = 0; side < 2; side++) {
                Label cell = label("", "compare-outcome-value");
                cell.setId("outcome-" + (side == 0 ? "left" : "right") + "-" + columns.get(c).key());
                cells[side][c] = cell;
                add(cell, c + 1, side + 1);
            }
        }
        add(label(I18n.get("compare.left"), "compare-side-name"), 0, 1);
        add(label(I18n.get("compare.right"), "compare-side-name"), 0, 2);
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(styleClass.equals("compare-outcome-name") ? 0 : Region.USE_PREF_SIZE);
        return l;
    }
}
