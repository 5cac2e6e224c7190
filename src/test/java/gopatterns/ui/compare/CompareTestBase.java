package gopatterns.ui.compare;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window on manual clocks with compare mode at hand, settings in a folder of the test's own. */
@ExtendWith(ApplicationExtension.class)
abstract class CompareTestBase {

    static final int RUNNER = 0;
    static final int POOL = 1;

    @TempDir
    Path config;

    CompareFixture cf;

    /** Opens the window; each test class calls it from its own {@code @Start}, which TestFX looks for there. */
    void open(Stage stage) {
        cf = new CompareFixture(config);
        cf.show(stage);
    }

    @AfterEach
    void close() {
        cf.close();
    }
}
