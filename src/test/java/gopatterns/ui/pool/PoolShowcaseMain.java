package gopatterns.ui.pool;

import gopatterns.clock.VirtualClock;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Shows the pool view on a real-time clock in a window, to look at it by hand (under Xvfb, say):
 * {@code java -cp <test class path> gopatterns.ui.pool.PoolShowcaseMain$Launch [workers] [size] [speed] [spread-s] [bounded-max] [--pause-at=ms] [--idle]}.
 * It starts a run at once.
 */
public final class PoolShowcaseMain extends Application {

    @Override
    public void start(Stage stage) {
        var all = getParameters().getRaw();
        var args = all.stream().filter(a -> !a.startsWith("--")).toList();
        double speed = args.size() > 2 ? Double.parseDouble(args.get(2)) : 1;
        PoolModel model = new PoolModel(VirtualClock.realtime(speed));
        if (args.size() > 0) {
            model.workersProperty().set(Integer.parseInt(args.get(0)));
        }
        if (args.size() > 1) {
            model.sizeProperty().set(Integer.parseInt(args.get(1)));
        }
        if (args.size() > 3) {
            model.spreadSecondsProperty().set(Double.parseDouble(args.get(3)));
        }
        if (args.size() > 4 && Integer.parseInt(args.get(4)) > 0) {
            model.modeProperty().set(gopatterns.pool.PoolMode.BOUNDED);
            model.maxTotalProperty().set(Integer.parseInt(args.get(4)));
        }
        stage.setScene(PoolShowcase.scene(model, 1280, 720));
        stage.setTitle("gopatterns - pool");
        stage.setOnCloseRequest(e -> model.dispose());
        stage.show();
        if (!all.contains("--idle")) {
            model.start();
        }
        for (String a : all) {
            if (a.startsWith("--pause-at=")) {
                pauseAt(model, java.time.Duration.ofMillis(Long.parseLong(a.substring("--pause-at=".length()))));
            }
        }
    }

    /** Pauses the run once its virtual time reaches {@code at}: a still to look at. */
    private static void pauseAt(PoolModel model, java.time.Duration at) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (model.timeProperty().get().compareTo(at) >= 0) {
                    model.pause();
                    stop();
                }
            }
        }.start();
    }

    /** A main outside the Application class, so that JavaFX on the class path starts. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(PoolShowcaseMain.class, args);
        }
    }
}
