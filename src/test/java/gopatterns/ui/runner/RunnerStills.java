package gopatterns.ui.runner;

import javafx.scene.Node;

/** For pictures of windows that hold a Runner view: every card at the end of its slide. FX thread. */
public final class RunnerStills {

    private RunnerStills() {
    }

    /** Ends the slides of the task cards of the Runner view under {@code root}, if it shows one. */
    public static void finishMoves(Node root) {
        if (root.lookup("#runnerView") instanceof RunnerView view) {
            view.lane().finishMotion();
        }
    }
}
