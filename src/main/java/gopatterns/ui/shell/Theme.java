package gopatterns.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import gopatterns.ui.common.Stylesheets;
import java.util.List;
import javafx.application.Application;

/**
 * The looks: AtlantaFX's Primer themes, and a projector theme on top of the light one (large type, thick
 * lines, strong contrast) for a classroom wall.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), List.of()),
    DARK(new PrimerDark().getUserAgentStylesheet(), List.of()),
    PROJECTOR(new PrimerLight().getUserAgentStylesheet(), List.of("projector.css"));

    private final String userAgentStylesheet;
    private final List<String> extraStylesheets;

    Theme(String userAgentStylesheet, List<String> extras) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.extraStylesheets = extras;
    }

    /** Makes this the look of every window. FX thread. */
    public void applyUserAgent() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** The theme's own stylesheets, added after the views' ones so that they win. */
    public List<String> stylesheets() {
        return extraStylesheets.stream().map(name -> Stylesheets.beside(Theme.class, name)).toList();
    }
}
