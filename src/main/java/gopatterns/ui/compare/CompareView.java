package gopatterns.ui.compare;

import gopatterns.ui.I18n;
import gopatterns.ui.common.ComparePattern;
import gopatterns.ui.common.Stylesheets;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.common.ViewListeners;
import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Compare mode on screen: a bar of the commands that act on the pair, the two sides (each the pattern's own view
 * with its side panes folded, under the parameters of its run, those that differ from the other side marked),
 * and, once both runs are over, a table of their outcomes side by side. Everything is read from the
 * {@link CompareModel}; {@link #release()} lets a dropped view go (a language switch rebuilds it).
 */
public final class CompareView<M extends SimulationModel<?>, P> extends VBox {

    private final CompareModel<M, P> model;
    private final ViewListeners listeners = new ViewListeners();
    private final List<Side> sides = new ArrayList<>();
    private final OutcomeTable<M, P> table;

    /** One side: its header of parameters and the pattern's view. */
    private final class Side {
        final CompareModel.Side which;
        final Parent view;
        final SidePanes panes;
        final FlowPane settings = new FlowPane(6, 3);
        final VBox box;

        Side(CompareModel.Side which) {
            this.which = which;
            M m = model.side(which);
            view = model.pattern().newView(m);
            panes = view instanceof BorderPane b ? new SidePanes(b) : null;
            if (view instanceof Region r) {
                r.setMinWidth(0); // half a window: the view reflows; what cannot shrink further scrolls
            }
            // The view's own button for the pair's command (Interrupt, Close pool) acts on both sides.
            String id = model.pattern().actionButtonId();
            view.addEventFilter(ActionEvent.ACTION, e -> {
                if (e.getTarget() instanceof Node n && id.equals(n.getId())) {
                    e.consume();
                    model.act();
                }
            });
            Label name = new Label(I18n.get(which == CompareModel.Side.LEFT ? "compare.left" : "compare.right"));
            name.getStyleClass().add("compare-side-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            settings.getStyleClass().add("compare-settings");
            settings.setId("compareSettings-" + which.name().toLowerCase(java.util.Locale.ROOT));
            HBox.setHgrow(settings, Priority.ALWAYS);
            HBox header = new HBox(8, name, settings);
            header.setAlignment(Pos.TOP_LEFT);
            header.getStyleClass().add("compare-side-header");
            // A view taller than its half of a small screen scrolls inside it, never over the header.
            ScrollPane scroll = new ScrollPane(view);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().add("compare-side-scroll");
            scroll.setMinSize(0, 0);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            box = new VBox(4, header, scroll);
            box.getStyleClass().add("compare-side");
            box.setId("compareSide-" + which.name().toLowerCase(java.util.Locale.ROOT));
            box.setMinSize(0, 0);
            // A side draws inside its half: never over the other side.
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(box.widthProperty());
            clip.heightProperty().bind(box.heightProperty());
            box.setClip(clip);
            listeners.onAny(this::showSettings, model.pattern().parameterProperties(model.left()));
            listeners.onAny(this::showSettings, model.pattern().parameterProperties(model.right()));
            showSettings();
        }

        /** The parameters of this side; those that differ from the other side marked in words and looks. */
        void showSettings() {
            List<String> differ = model.differences();
            List<Node> chips = new ArrayList<>();
            for (ComparePattern.Setting s : model.pattern().settings(model.pattern().parameters(model.side(which)))) {
                Label chip = new Label(I18n.get("compare.setting", s.name(), s.value()));
                chip.getStyleClass().add("compare-setting");
                chip.setId("setting-" + which.name().toLowerCase(java.util.Locale.ROOT) + "-" + s.key());
                if (differ.contains(s.key())) {
                    chip.getStyleClass().add("compare-differs");
                    chip.setGraphic(new FontIcon("mdi2s-swap-horizontal-bold"));
                }
                chips.add(chip);
            }
            settings.getChildren().setAll(chips);
        }
    }

    CompareView(CompareModel<M, P> model, Runnable leave) {
        this.model = model;
        setId("compareView");
        getStyleClass().add("compare-view");
        getStylesheets().add(Stylesheets.beside(CompareView.class, "compare.css"));
        GridPane halves = new GridPane();
        halves.getStyleClass().add("compare-halves");
        for (CompareModel.Side which : CompareModel.Side.values()) {
            Side side = new Side(which);
            sides.add(side);
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            half.setHalignment(HPos.LEFT);
            halves.getColumnConstraints().add(half);
            halves.add(side.box, which.ordinal(), 0);
            GridPane.setVgrow(side.box, Priority.ALWAYS);
            GridPane.setHgrow(side.box, Priority.ALWAYS);
        }
        halves.setMinSize(0, 0);
        VBox.setVgrow(halves, Priority.ALWAYS);
        table = new OutcomeTable<>(model, listeners);
        // What the table says, the sides need not say again above it: their room goes to what only they show.
        listeners.onValue(table.visibleProperty(), shown -> sides.forEach(s -> model.pattern().outcomeShown(s.view, shown)));
        getChildren().addAll(bar(leave), halves, table);
        model.attach();
    }

    private FlowPane bar(Runnable leave) {
        Button act = button("compareAction", model.pattern().actionKey(),
                model.pattern().actionIsInterrupt() ? "mdi2h-hand-back-right" : "mdi2c-close-circle");
        act.setOnAction(e -> model.act());
        // Only the live pair: a moment looked back at is history.
        act.disableProperty().bind(model.runningProperty().not().or(model.liveProperty().not()));
        Button toRight = button("copyToRight", "compare.copyToRight", "mdi2a-arrow-right-bold");
        toRight.setOnAction(e -> model.copyTo(CompareModel.Side.RIGHT));
        Button toLeft = button("copyToLeft", "compare.copyToLeft", "mdi2a-arrow-left-bold");
        toLeft.setOnAction(e -> model.copyTo(CompareModel.Side.LEFT));
        ToggleButton settings = new ToggleButton(I18n.get("compare.showSettings"), new FontIcon("mdi2t-tune"));
        settings.setId("compareShowSettings");
        settings.setMinWidth(Region.USE_PREF_SIZE);
        settings.selectedProperty().addListener((obs, old, now) -> sides.forEach(s -> {
            if (s.panes != null) {
                s.panes.showSettings(now);
            }
        }));
        Button close = button("leaveCompare", "compare.leave", "mdi2c-close");
        close.setOnAction(e -> leave.run());
        FlowPane bar = new FlowPane(8, 4, act, toRight, toLeft, settings, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compare-bar");
        return bar;
    }

    private static Button button(String id, String key, String icon) {
        Button b = new Button(I18n.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** The pattern's view of a side. */
    public Parent sideView(CompareModel.Side which) {
        return sides.get(which.ordinal()).view;
    }

    /** The table of outcomes (shown once both runs are over). */
    public OutcomeTable<M, P> table() {
        return table;
    }

    /** Lets go of the models: the view is being replaced. */
    void release() {
        listeners.release();
        for (Side s : sides) {
            if (s.panes != null) {
                s.panes.release();
            }
            model.pattern().releaseView(s.view);
        }
    }
}
