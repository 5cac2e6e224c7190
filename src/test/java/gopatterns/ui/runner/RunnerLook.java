package gopatterns.ui.runner;

import gopatterns.clock.VirtualClock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * For looking at the real thing on a display (not a test): the showcase on a real-time clock, started at
 * once, with an optional interrupt. Arguments: {@code --size=1280x720 --tasks=4 --timeout=2.5
 * --unit=1
 * --interrupt-after=0.6 --mode=FIXED --locale=zh --theme=dark --idle=1}.
 */
public final class RunnerLook {

    private RunnerLook() {
    }

    /** Launched through a class that is no Application: JavaFX runs here from the class path. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        var named = getParameters().getNamed();
        if ("zh".equals(named.get("locale"))) {
            gopatterns.ui.I18n.localeProperty().set(gopatterns.ui.I18n.CHINESE);
        }
        if ("dark".equals(named.get("theme"))) {
            setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        }
        String[] size = named.getOrDefault("size", "1280x800").split("x");
        RunnerModel model = new RunnerModel(VirtualClock.realtime(1.0));
        model.taskCountProperty().set(Integer.parseInt(named.getOrDefault("tasks", "3")));
        model.timeoutSecondsProperty().set(Double.parseDouble(named.getOrDefault("timeout", "3")));
        model.durationSecondsProperty().set(Double.parseDouble(named.getOrDefault("unit", "1")));
        model.modeProperty().set(gopatterns.runner.RunnerMode.valueOf(named.getOrDefault("mode", "GO_FAITHFUL")));
        stage.setScene(RunnerShowcase.scene(model, Double.parseDouble(size[0]), Double.parseDouble(size[1])));
        stage.setOnHidden(e -> model.dispose());
        stage.show();
        if (named.containsKey("idle")) {
            return;
        }
        model.start();
        if (named.containsKey("interrupt-after")) {
            PauseTransition wait = new PauseTransition(Duration.seconds(Double.parseDouble(named.get("interrupt-after"))));
            wait.setOnFinished(e -> model.interrupt());
            wait.play();
        }
    }

    }
}
