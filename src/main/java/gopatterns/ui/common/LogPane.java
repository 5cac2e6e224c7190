package gopatterns.ui.common;

import gopatterns.ui.I18n;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/**
 * The Go log of a run, line by line as the Go program prints it, following the newest line. Lines the Go
 * program would never print (it has exited; the leaked thread goes on) are greyed.
 */
public final class LogPane extends BorderPane {

    private final ListView<SimulationModel.LogLine> list = new ListView<>();

    public LogPane(ObservableList<SimulationModel.LogLine> lines) {
        getStyleClass().add("log-pane");
        Label title = new Label(I18n.get("log.title"));
        title.getStyleClass().add("pane-title");
        setTop(title);
        list.setId("logList");
        list.setItems(lines);
        list.setPlaceholder(new Label(I18n.get("log.empty")));
        list.setCellFactory(v -> new LineCell());
        lines.addListener((ListChangeListener<SimulationModel.LogLine>) c -> {
            if (!lines.isEmpty()) {
                list.scrollTo(lines.size() - 1);
            }
        });
        setCenter(list);
    }

    public ListView<SimulationModel.LogLine> list() {
        return list;
    }

    private static final class LineCell extends ListCell<SimulationModel.LogLine> {
        LineCell() {
            getStyleClass().add("log-line");
        }

        @Override
        protected void updateItem(SimulationModel.LogLine item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.text());
            pseudoClassStateChanged(AFTER_END, !empty && item != null && item.afterEnd());
        }
    }

    private static final javafx.css.PseudoClass AFTER_END = javafx.css.PseudoClass.getPseudoClass("after-end");
}
