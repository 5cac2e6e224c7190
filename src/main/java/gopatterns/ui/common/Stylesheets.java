package gopatterns.ui.common;

import java.net.URL;

/** Finds the stylesheets that live beside the classes of the views they style. */
public final class Stylesheets {

    private Stylesheets() {
    }

    /**
     * The URL of a stylesheet beside {@code type}, for {@code getStylesheets().add(...)}.
     *
     * @throws IllegalStateException if there is no resource {@code name} in {@code type}'s package
     */
    public static String beside(Class<?> type, String name) {
        URL url = type.getResource(name);
        if (url == null) {
            throw new IllegalStateException("no stylesheet " + name + " beside " + type.getName());
        }
        return url.toExternalForm();
    }
}
