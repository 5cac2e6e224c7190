import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX hello world that measure-startup.sh measures beside the app: a label in a window. It marks its
 * first pulse as the app does (-Dgopatterns.startupMarker=FILE: the wall-clock milliseconds, one line).
 */
public class HelloFX extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello, JavaFX")), 640, 480);
        String marker = System.getProperty("gopatterns.startupMarker");
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            long now = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(once[0]);
            try {
                Files.writeString(Path.of(marker), now + "\n");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.setTitle("Hello");
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
