package gopatterns.ui.pool;

import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** Puts the pool showcase (the view under a transport bar) on a test's stage. FX thread. */
final class PoolStages {

    private PoolStages() {
    }

    /** Shows a new view of {@code model}; returns the scene's root, the view in its centre. */
    static BorderPane show(Stage stage, PoolModel model, double width, double height) {
        stage.setScene(PoolShowcase.scene(model, width, height));
        // The test stage is shared by every test: a size set by an earlier one must not stay.
        stage.setFullScreen(false);
        stage.sizeToScene();
        stage.show();
        return (BorderPane) stage.getScene().getRoot();
    }
}
