package gopatterns.ui.shell;

import gopatterns.ui.I18n;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The build's training run for the image's ahead-of-time cache ({@code src/build/jlink}): with the system
 * property {@value #PROPERTY} set, the window goes through what a lesson does first (a run on each page, the
 * shortcuts' help, the other themes and language) and then closes, so that the classes those need are in
 * the cache. One step every 400 ms, on the app's real-time clocks.
 */
final class TrainingRun {

    static final String PROPERTY = "gopatterns.train";

    private TrainingRun() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Plays the steps on {@code shell}, then closes its window. FX thread. */
    static void play(Shell shell) {
        List<Runnable> steps = List.of(
                () -> shell.model().speedProperty().set(10),
                shell::startOrPause,
                () -> shell.selectPage(1),
                () -> shell.model().speedProperty().set(10),
                shell::startOrPause,
                shell::toggleHelp,
                shell::closeHelp,
                () -> shell.setTheme(Theme.DARK),
                () -> shell.setLocale(I18n.CHINESE),
                () -> shell.selectPage(0),
                shell::startOrPause,
                () -> shell.setLocale(I18n.ENGLISH),
                () -> shell.setTheme(Theme.PROJECTOR),
                () -> shell.stage().close());
        Timeline timeline = new Timeline();
        for (int i = 0; i < steps.size(); i++) {
            Runnable step = steps.get(i);
            timeline.getKeyFrames().add(new KeyFrame(Duration.millis(400 * (i + 1)), e -> step.run()));
        }
        timeline.play();
    }
}
