package gopatterns.ui.shell;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.pool.PoolPage;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.runner.RunnerPage;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: one window with the Runner and the Pool, each on a real-time virtual clock. */
public final class GoPatternsApp extends Application {

    private Shell shell;

    @Override
    public void start(Stage stage) {
        List<Page> pages = List.of(
                new RunnerPage(new RunnerModel(VirtualClock.realtime(1.0))),
                new PoolPage(new PoolModel(VirtualClock.realtime(1.0))));
        shell = new Shell(stage, pages, AppSettings.forUser());
        stage.setOnCloseRequest(e -> shutdown());
        stage.show();
    }

    @Override
    public void stop() {
        shutdown();
    }

    private void shutdown() {
        if (shell != null) {
            Shell s = shell;
            shell = null;
            s.shutdown();
        }
    }
}
