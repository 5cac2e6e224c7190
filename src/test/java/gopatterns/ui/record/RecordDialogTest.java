package gopatterns.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Showcase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Record run…'s dialog: it says at once that it is working, keeps its size from start to end, and
 * Cancel during a recording leaves no file.
 */
@ExtendWith(ApplicationExtension.class)
class RecordDialogTest {

    @TempDir
    Path dir;

    private final VirtualClock clock = VirtualClock.manual();
    private Stage owner;
    private Stage dialog;

    @Start
    void start(Stage stage) {
        owner = stage;
        Showcase.useBaseTheme(); // the app's theme, which the recording's scene would otherwise set midway
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (dialog != null) {
                dialog.close();
            }
        }).get(10, TimeUnit.SECONDS);
        clock.close();
    }

    /** Opens the dialog for the runner page and fills it in: the book's demo at 640x360, 2 fps. */
    private void open(Path out, double speed) throws Exception {
        fx(() -> {
            Page page = RecordPages.create("runner", clock);
            dialog = RecordDialog.show(owner, page, null, List.of(), List.of());
            this.<TextField>node("#recordOut").setText(out.toString());
            this.<ComboBox<String>>node("#recordSize").getSelectionModel().select("640x360");
            this.<Spinner<Integer>>node("#recordFps").getValueFactory().setValue(2);
            this.<Spinner<Double>>node("#recordSpeed").getValueFactory().setValue(speed);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        return (T) dialog.getScene().lookup(id);
    }

    private <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }

    private void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(condition::get));
    }

    private String status() throws Exception {
        return fx(() -> this.<Label>node("#recordStatus").getText());
    }

    /** Where the buttons are in the window, and how tall the window is: unchanged means no band appeared. */
    private List<Double> geometry() throws Exception {
        return fx(() -> {
            Button record = node("#recordStart");
            return List.of(record.localToScene(record.getLayoutBounds()).getMaxY(), dialog.getHeight());
        });
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void recordSaysAtOnceThatItPreparesThenSavesWithoutChangingTheDialogsSize() throws Exception {
        Path out = dir.resolve("run.gif");
        open(out, 10);
        List<Double> before = geometry();

        // In the same turn as the click, before the FX thread is busy finding the run's length.
        List<Object> atClick = fx(() -> {
            this.<Button>node("#recordStart").fire();
            return List.of(this.<Label>node("#recordStatus").getText(),
                    this.<ProgressBar>node("#recordProgress").isIndeterminate());
        });
        assertThat(atClick).containsExactly("Preparing the run…", true);

        waitUntil(() -> this.<Label>node("#recordStatus").getText().startsWith("Saved"));
        assertThat(status()).isEqualTo("Saved " + out);
        assertThat(fx(() -> this.<ProgressBar>node("#recordProgress").getProgress())).isEqualTo(1.0);
        assertThat(Files.size(out)).isPositive();
        assertThat(geometry()).as("button bottom and window height").isEqualTo(before);
    }

    @Test
    void cancelDuringARecordingLeavesNoFileAndTheDialogOpen() throws Exception {
        // At 0.1x the book's demo lasts 31 s of recording, 63 frames at 2 fps: time enough to press Cancel.
        open(dir.resolve("run.gif"), 0.1);
        List<Double> before = geometry();
        fx(() -> {
            this.<Button>node("#recordStart").fire();
            return null;
        });
        waitUntil(() -> this.<ProgressBar>node("#recordProgress").getProgress() > 0);
        assertThat(status()).isEqualTo("Recording " + dir.resolve("run.gif") + "…");

        fx(() -> {
            this.<Button>node("#recordCancel").fire();
            return null;
        });
        waitUntil(() -> !this.<Button>node("#recordStart").isDisabled());
        assertThat(status()).isEqualTo("Cancelled; nothing was written.");
        assertThat(fx(() -> this.<ProgressBar>node("#recordProgress").getProgress())).isZero();
        assertThat(files()).isEmpty();
        assertThat(fx(dialog::isShowing)).as("Cancel stops the recording, not the dialog").isTrue();
        assertThat(geometry()).as("button bottom and window height").isEqualTo(before);
    }

    @Test
    void cancelWhilePreparingStartsNothing() throws Exception {
        open(dir.resolve("run.gif"), 1);
        fx(() -> {
            this.<Button>node("#recordStart").fire();
            this.<Button>node("#recordCancel").fire();
            return null;
        });
        waitUntil(() -> !this.<Button>node("#recordStart").isDisabled());
        assertThat(status()).isEqualTo("Cancelled; nothing was written.");
        assertThat(files()).isEmpty();
    }
}
