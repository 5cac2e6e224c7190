package gopatterns.ui.common;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/**
 * A short message right under a field that refused what was typed: what was wrong and what it takes. It stays
 * until the next edit of the field, a click elsewhere, Esc, or the field leaving the window; the field is marked
 * {@code :danger} (the theme's red outline) as long as it shows.
 */
final class FieldNotice {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Control field;
    private final Node marked;
    private final Tooltip tip = new Tooltip();

    /** A notice under {@code field}; {@code marked} (the field or its text box) takes the theme's red outline. */
    FieldNotice(Control field, Node marked) {
        this.field = field;
        this.marked = marked;
        tip.setId("fieldNotice");
        tip.getStyleClass().add("field-notice");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        // A click anywhere else or Esc closes it, as it closes any small popup of the window.
        tip.setAutoHide(true);
        tip.setOnHidden(e -> marked.pseudoClassStateChanged(DANGER, false));
        field.sceneProperty().addListener((obs, was, now) -> hide());
    }

    /** Shows {@code message} under the field; nothing if the field is not in a shown window. FX thread. */
    void show(String message) {
        Window window = field.getScene() == null ? null : field.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        tip.setText(message);
        marked.pseudoClassStateChanged(DANGER, true);
        Bounds b = field.localToScreen(field.getLayoutBounds());
        if (tip.isShowing()) {
            tip.setAnchorX(b.getMinX());
            tip.setAnchorY(b.getMaxY() + 2);
        } else {
            tip.show(field, b.getMinX(), b.getMaxY() + 2);
        }
    }

    void hide() {
        if (tip.isShowing()) {
            tip.hide();
        }
        marked.pseudoClassStateChanged(DANGER, false);
    }
}
