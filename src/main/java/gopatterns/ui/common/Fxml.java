package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;

/** Loads the FXML of a view or control that lives beside its class, with the app's messages. */
public final class Fxml {

    private Fxml() {
    }

    /**
     * Loads {@code <SimpleClassName>.fxml} from the package of {@code component}, which is both the
     * {@code fx:root} and the controller.
     */
    public static <T> T loadRoot(T component) {
        Class<?> type = component.getClass();
        URL url = type.getResource(type.getSimpleName() + ".fxml");
        if (url == null) {
            throw new IllegalStateException("no FXML for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(url, I18n.bundle());
        loader.setRoot(component);
        loader.setController(component);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
        return component;
    }

    /** The URL of a stylesheet beside {@code type}, for {@code getStylesheets().add(...)}. */
    public static String stylesheet(Class<?> type, String name) {
        URL url = type.getResource(name);
        if (url == null) {
            throw new IllegalStateException("no stylesheet " + name + " beside " + type.getName());
        }
        return url.toExternalForm();
    }
}
