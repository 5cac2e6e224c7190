package gopatterns.ui.common;

import gopatterns.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Small builders for a view's fixed frame, built in code: a cold JVM builds nodes directly far faster than it
 * parses and reflects on a layout file. Every text comes from {@link I18n} at build time, as views are rebuilt
 * when the language changes.
 */
public final class Controls {

    private Controls() {
    }

    /** Gives {@code node} an id (for styles and lookups) and style classes beside its own; returns it. */
    public static <T extends Node> T styled(T node, String id, String... styleClasses) {
        node.setId(id);
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    /** A label of message {@code key} with the given style classes. */
    public static Label text(String key, String... styleClasses) {
        Label label = new Label(I18n.get(key));
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** An empty label with an id, filled by the view. */
    public static Label value(String id, String... styleClasses) {
        return styled(new Label(), id, styleClasses);
    }

    /** The heading of a pane (style class {@code pane-title}), of message {@code key}. */
    public static Label title(String key) {
        return text(key, "pane-title");
    }

    /** An icon of the Ikonli literal {@code literal} (for example {@code mdi2p-power}). */
    public static FontIcon icon(String literal, String... styleClasses) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }

    /** Puts the tooltip of message {@code key} on {@code control}; returns it. */
    public static <T extends Control> T tip(T control, String key) {
        control.setTooltip(new Tooltip(I18n.get(key)));
        return control;
    }

    /** A control with an id and the tooltip of message {@code tipKey}. */
    public static <T extends Control> T tipped(T control, String id, String tipKey) {
        return tip(styled(control, id), tipKey);
    }

    /** Gives a labelled control the text of message {@code key}, an icon and the tooltip of {@code tipKey}. */
    public static <T extends Labeled> T labelled(T control, String id, String key, String iconLiteral,
                                                 String tipKey) {
        control.setText(I18n.get(key));
        control.setGraphic(icon(iconLiteral));
        return tip(styled(control, id), tipKey);
    }

    /** An empty region that takes the spare width of an {@link HBox}. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A pane that scrolls {@code content} up and down only, as wide as itself; with the given style classes. */
    public static ScrollPane verticalScroll(Node content, String... styleClasses) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll(styleClasses);
        return scroll;
    }

    /** Sets the minimum width to the preferred one: the node's text is never cut short. */
    public static <T extends Region> T wholeWidth(T region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }
}
