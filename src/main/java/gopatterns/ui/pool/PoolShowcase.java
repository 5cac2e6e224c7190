package gopatterns.ui.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Showcase;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Pool view on its own in a window, under a transport bar: for the tests, the screenshots and trying
 * the view without the main window (run it as an application).
 */
public final class PoolShowcase extends Application {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    /** A scene with a new view of {@code model} under a transport bar bound to it. */
    public static Scene scene(PoolModel model, double width, double height) {
        return Showcase.scene(Showcase.contentWithTimeline(model, new PoolView(model)), width, height, PoolView.stylesheets());
    }

    /** Opens the view in a window; {@code --size=1280x720} chooses another window size. */
    @Override
    public void start(Stage stage) {
        String[] size = getParameters().getNamed().getOrDefault("size", (int) WIDTH + "x" + (int) HEIGHT).split("x");
        PoolModel model = new PoolModel(VirtualClock.realtime(1.0));
        stage.setTitle(I18n.get("app.title") + " \u2014 " + I18n.get("pool.title"));
        stage.setScene(scene(model, Double.parseDouble(size[0]), Double.parseDouble(size[1])));
        stage.setOnHidden(e -> model.dispose());
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
