package gopatterns.ui.compare;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

/**
 * Folds away the side panes of a view (a {@link BorderPane}: settings on the left, code and log on the right, a
 * legend at the bottom, which the window's Legend shows too), so that two views fit side by side. The settings can be shown again; the code and log stay folded. A view that moves
 * its panes about (the pool view does, by its size) is followed: a pane that leaves a side is shown again where it
 * goes.
 */
final class SidePanes {

    private final BorderPane view;
    private final ChangeListener<Node> onLeft = (obs, old, now) -> changed(old, now, true);
    private final ChangeListener<Node> onRight = (obs, old, now) -> changed(old, now, false);
    private boolean settingsShown;

    SidePanes(BorderPane view) {
        this.view = view;
        view.leftProperty().addListener(onLeft);
        view.rightProperty().addListener(onRight);
        fold(view.getLeft(), true);
        fold(view.getRight(), true);
        fold(view.getBottom(), true);
    }

    /** Shows or folds the left pane (the settings). */
    void showSettings(boolean shown) {
        settingsShown = shown;
        fold(view.getLeft(), !shown);
    }

    private void changed(Node old, Node now, boolean left) {
        fold(old, false);
        fold(now, !(left && settingsShown));
    }

    private static void fold(Node pane, boolean folded) {
        if (pane != null) {
            pane.setVisible(!folded);
            pane.setManaged(!folded);
        }
    }

    /** Stops following the view and shows its panes again. */
    void release() {
        view.leftProperty().removeListener(onLeft);
        view.rightProperty().removeListener(onRight);
        fold(view.getLeft(), false);
        fold(view.getRight(), false);
        fold(view.getBottom(), false);
    }
}
