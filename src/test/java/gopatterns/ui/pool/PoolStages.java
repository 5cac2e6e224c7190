package gopatterns.ui.pool;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts a pool showcase on a test's stage, in the light theme the app starts with. FX thread. */
final class PoolStages {

    private PoolStages() {
    }

    static PoolShowcase show(Stage stage, PoolModel model, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        PoolShowcase showcase = new PoolShowcase(model);
        stage.setScene(new Scene(showcase, width, height));
        stage.show();
        return showcase;
    }
}
