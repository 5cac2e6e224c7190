package gopatterns.ui.common;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A short message right under a field that refused what was typed: what was wrong and what it takes. It goes as
 * soon as the user moves on: the next key (an edit, a shortcut, Start, F1, Esc), a click anywhere, the focus
 * going to another control, the field leaving the window, the window moving or resizing, and after
 * {@link #SHOWN} at the latest. The field is marked {@code :danger} (the theme's red outline) only while it shows.
 */
final class FieldNotice {

    /** How long the message stays at most: long enough to read two lines, short enough not to sit on a run. */
    static final Duration SHOWN = Duration.seconds(5);

    /** The message's window id, by which it is found (see {@link Spinners#closeNotices}). */
    static final String ID = "fieldNotice";

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Control field;
    private final Node marked;
    private final Tooltip tip = new Tooltip();
    /** On the FX animation clock, so that it counts as the rest of the window does. */
    private final PauseTransition linger = new PauseTransition(SHOWN);
    private final EventHandler<KeyEvent> anyKey = e -> hide();
    private final InvalidationListener windowMoved = o -> hide();
    private final ChangeListener<Node> focusMoved = (obs, was, now) -> focusMoved(now);
    /** Where the listeners above are, while the message shows. */
    private Scene watched;
    private Window watchedWindow;

    /** A notice under {@code field}; {@code marked} (the field or its text box) takes the theme's red outline. */
    FieldNotice(Control field, Node marked) {
        this.field = field;
        this.marked = marked;
        tip.setId(ID);
        tip.getStyleClass().add("field-notice");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        // A click anywhere else closes it, as it closes any small popup of the window; Esc closes it too (see
        // anyKey) but is not swallowed: it still closes what it closes, the keyboard sheet say.
        tip.setAutoHide(true);
        tip.setHideOnEscape(false);
        tip.setConsumeAutoHidingEvents(false);
        tip.setOnHidden(e -> stopWatching());
        linger.setOnFinished(e -> hide());
        field.sceneProperty().addListener((obs, was, now) -> hide());
    }

    /** Shows {@code message} under the field; nothing if the field is not in a shown window. FX thread. */
    void show(String message) {
        Scene scene = field.getScene();
        Window window = scene == null ? null : scene.getWindow();
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
            watch(scene, window);
        }
        armKeys(scene);
        linger.playFromStart();
    }

    void hide() {
        if (tip.isShowing()) {
            tip.hide();
        }
        stopWatching();
    }

    boolean isShowing() {
        return tip.isShowing();
    }

    /** What takes the message away after {@link #SHOWN}; tests jump it to its end. */
    PauseTransition linger() {
        return linger;
    }

    private void focusMoved(Node now) {
        // The window itself taking the focus is how a field hands the keys back after Enter: not moving on.
        if (now != null && now != field && now != marked && now != now.getScene().getRoot()) {
            hide();
        }
    }

    private void watch(Scene scene, Window window) {
        watched = scene;
        watchedWindow = window;
        scene.focusOwnerProperty().addListener(focusMoved);
        window.xProperty().addListener(windowMoved);
        window.yProperty().addListener(windowMoved);
        window.widthProperty().addListener(windowMoved);
        window.heightProperty().addListener(windowMoved);
    }

    /** From the next key on: the key being handled now (Enter, say) is the one that brought the message. */
    private void armKeys(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, anyKey);
        Platform.runLater(() -> {
            if (watched == scene) {
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, anyKey);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, anyKey);
            }
        });
    }

    private void stopWatching() {
        linger.stop();
        marked.pseudoClassStateChanged(DANGER, false);
        if (watched == null) {
            return;
        }
        Scene scene = watched;
        watched = null;
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, anyKey);
        scene.focusOwnerProperty().removeListener(focusMoved);
        Window window = watchedWindow;
        watchedWindow = null;
        if (window != null) {
            window.xProperty().removeListener(windowMoved);
            window.yProperty().removeListener(windowMoved);
            window.widthProperty().removeListener(windowMoved);
            window.heightProperty().removeListener(windowMoved);
        }
    }
}
