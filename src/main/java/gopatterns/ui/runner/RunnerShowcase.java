package gopatterns.ui.runner;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Showcase;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The Runner view on its own in a window, under a transport bar, with the key I for Interrupt. Used by the
 * tests and the screenshots; run it as an application to try the view without the main window.
 */
public final class RunnerShowcase extends Application {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    /** A scene with a new view of {@code model} under a transport bar bound to it. */
    public static Scene scene(RunnerModel model, double width, double height) {
        Scene scene = Showcase.scene(Showcase.contentWithTimeline(model, new RunnerView(model)), width, height,
                RunnerView.stylesheets());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.I && !typing(scene.getFocusOwner())) {
                model.interrupt();
                e.consume();
            }
        });
        return scene;
    }

    /** Keys typed into a field are text, not commands. */
    private static boolean typing(Node focused) {
        return focused instanceof TextInputControl || focused instanceof Spinner<?> || focused instanceof ComboBoxBase<?>;
    }

    /** Opens the view in a window; {@code --size=1280x720} chooses another window size. */
    @Override
    public void start(Stage stage) {
        String[] size = getParameters().getNamed().getOrDefault("size", (int) WIDTH + "x" + (int) HEIGHT).split("x");
        RunnerModel model = new RunnerModel(VirtualClock.realtime(1.0));
        stage.setTitle(I18n.get("app.title") + " \u2014 " + I18n.get("runner.title"));
        stage.setScene(scene(model, Double.parseDouble(size[0]), Double.parseDouble(size[1])));
        stage.setOnHidden(e -> model.dispose());
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
