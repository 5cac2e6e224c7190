package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.cli.CliLog;
import gopatterns.pool.PoolDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** {@code gopatterns open FILE}: the window opens on the trace's page with its run, or says why it cannot. */
class ShellOpenLaunchTest extends ShellTestBase {

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        fx = new ShellFixture(new FxRobot(), config);
    }

    private void open(LaunchRequest launch) {
        fx.robot.interact(() -> fx.show(stage, launch));
        fx.settle();
    }

    @Test
    void theWindowOpensOnTheTracesPageWithItsRun() {
        Path trace = config.resolve("spread.jsonl");
        assertThat(CliLog.trace(trace, "pool", "--spread", "5s", "--seed", "4")).isZero();

        open(LaunchRequest.openTrace(trace));

        assertThat(fx.onFx(() -> fx.shell.page().id())).isEqualTo("pool");
        assertThat(fx.onFx(fx.pool::params)).isEqualTo(PoolDemo.Params.book().withSpread(
                java.time.Duration.ofSeconds(5)).withSeed(4));
        assertThat(fx.pool.countersProperty().get().created()).isPositive();
        assertThat(fx.onFx(fx.pool::isRunning)).isFalse();
        assertThat(fx.text("#statusMessage")).contains(trace.toString());
    }

    @Test
    void aFileThatWentBadSinceTheCheckIsSaidInTheWindow() throws Exception {
        Path trace = Files.writeString(config.resolve("gone.jsonl"), "{}\n");

        open(LaunchRequest.openTrace(trace));

        assertThat(fx.text("#statusMessage")).isEqualTo("Could not open " + trace + ": line 1: no header: the file "
                + "does not begin with a gopatterns trace header (cut at the front, or not a trace)");
        assertThat(fx.pool.history()).isEmpty();
        assertThat(fx.runner.history()).isEmpty();
    }
}
