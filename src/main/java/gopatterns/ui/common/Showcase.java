package gopatterns.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * A view on its own, without the main window: a {@link TransportBar} bound to its model over it, the
 * shared stylesheet and a base theme. For tests, screenshots and trying a view alone.
 */
public final class Showcase {

    private Showcase() {
    }

    /** The view under a transport bar bound to {@code model}. */
    public static BorderPane content(SimulationModel<?> model, Node view) {
        TransportBar bar = new TransportBar();
        bar.setModel(model);
        BorderPane root = new BorderPane(view);
        root.setTop(bar);
        return root;
    }

    /** The view under a transport bar and the run's timeline, both bound to {@code model}, as in the window. */
    public static BorderPane contentWithTimeline(SimulationModel<?> model, Node view) {
        BorderPane root = content(model, view);
        RunTimeline timeline = new RunTimeline();
        timeline.setModel(model);
        root.setTop(new VBox(root.getTop(), timeline));
        return root;
    }

    /**
     * A scene for {@code root} with the view's {@code stylesheets} (common.css among them). The palette's
     * looked-up colours are defined on the scene's root, so stylesheets go on the scene, not on the view.
     */
    public static Scene scene(Parent root, double width, double height, List<String> stylesheets) {
        useBaseTheme();
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(stylesheets);
        return scene;
    }

    public static String commonStylesheet() {
        return Stylesheets.beside(Showcase.class, "common.css");
    }

    /** AtlantaFX's light theme, unless the application chose one: the views use its -color-* variables. */
    public static void useBaseTheme() {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
    }
}
