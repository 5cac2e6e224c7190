package gopatterns.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public final class GoPatternsApp extends Application {

    public static final String TITLE = "gopatterns";
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new BorderPane(), WIDTH, HEIGHT));
        stage.show();
    }
}
