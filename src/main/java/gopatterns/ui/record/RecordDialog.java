package gopatterns.ui.record;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Record run…: asks for the output (a .gif, an .mp4, or a folder name for PNGs), the preset, size, frames
 * per second and speed, then records with a progress bar and Cancel. The page's own run is not touched: the
 * recording runs a model of its own offscreen.
 */
public final class RecordDialog {

    private static final List<String> SIZES = List.of("1280x720", "1920x1080", "960x540", "640x360");

    private final Stage stage = new Stage();
    private final TextField out = new TextField();
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final ComboBox<String> size = new ComboBox<>();
    private final Spinner<Integer> fps = new Spinner<>(RecordSettings.MIN_FPS, RecordSettings.MAX_FPS, 15);
    private final Spinner<Double> speed = new Spinner<>(0.1, 10, 1, 0.1);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button record = new Button(I18n.get("record.start"));
    private final Button cancel = new Button(I18n.get("record.cancel"));
    private final Page page;
    private final List<String> stylesheets;
    private final GridPane grid = new GridPane();
    /** True from Record until the recording ended; {@link #job} is null while it prepares to start. */
    private boolean busy;
    private boolean cancelRequested;
    private RecordJob job;

    private RecordDialog(Window owner, Page page, Preset chosen, List<String> stylesheets, List<String> sheets) {
        this.page = page;
        this.stylesheets = stylesheets;
        out.setId("recordOut");
        preset.setId("recordPreset");
        record.setId("recordStart");
        cancel.setId("recordCancel");
        status.setId("recordStatus");
        progress.setId("recordProgress");
        size.setId("recordSize");
        fps.setId("recordFps");
        speed.setId("recordSpeed");
        preset.getItems().setAll(page.presets());
        preset.getSelectionModel().select(preset.getItems().stream()
                .filter(p -> chosen != null && p.id().equals(chosen.id()))
                .findFirst().orElse(preset.getItems().get(0)));
        size.getItems().setAll(SIZES);
        size.getSelectionModel().selectFirst();
        fps.setEditable(true);
        speed.setEditable(true);
        out.setText(Path.of(System.getProperty("user.home"), page.id() + "-run.gif").toString());
        out.setPrefColumnCount(28);
        Button choose = new Button(I18n.get("record.choose"));
        choose.setOnAction(e -> choose());
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        record.setDefaultButton(true);
        record.setOnAction(e -> start());
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());

        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(I18n.get("record.out")), new HBox(8, out, choose));
        grid.addRow(1, new Label(I18n.get("record.preset")), preset);
        grid.addRow(2, new Label(I18n.get("record.size")), size);
        grid.addRow(3, new Label(I18n.get("record.fps")), fps);
        grid.addRow(4, new Label(I18n.get("record.speed")), speed);
        grid.add(progress, 0, 5, 2, 1);
        grid.add(status, 0, 6, 2, 1);
        HBox buttons = new HBox(8, record, cancel);
        grid.add(buttons, 1, 7);
        GridPane.setHgrow(progress, Priority.ALWAYS);
        status.setText(I18n.get("record.hint"));
        status.setMaxWidth(520);

        Scene scene = new Scene(grid);
        scene.getStylesheets().setAll(sheets);
        stage.setScene(scene);
        stage.setTitle(I18n.get("record.title"));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        // The status keeps the hint's height, so that a shorter message leaves no empty band under the buttons.
        stage.setOnShown(e -> status.setMinHeight(status.getHeight()));
        stage.setOnCloseRequest(e -> cancelJob());
    }

    /**
     * Shows the dialog for the page shown. FX thread.
     *
     * @param chosen      the preset chosen in the window, or null
     * @param stylesheets the theme's own stylesheets, for the recording
     * @param sheets      the window's stylesheets, for the dialog itself
     */
    public static Stage show(Window owner, Page page, Preset chosen, List<String> stylesheets,
                             List<String> sheets) {
        Stage stage = new RecordDialog(owner, page, chosen, stylesheets, sheets).stage;
        stage.show();
        return stage;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(Path.of(out.getText()).getFileName().toString());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("record.filter"), "*.gif", "*.mp4"));
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            out.setText(f.getPath());
        }
    }

    private void start() {
        String[] wh = size.getValue().split("x");
        RecordSettings s = new RecordSettings(page.id(), preset.getValue().id(), Integer.parseInt(wh[0]),
                Integer.parseInt(wh[1]), fps.getValue(), speed.getValue(), Path.of(out.getText().trim()));
        String problem = s.problem();
        if (problem == null) {
            try {
                RecordFormat.of(out.getText().trim());
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            say(I18n.get("record.failed", problem));
            return;
        }
        busy = true;
        cancelRequested = false;
        record.setDisable(true);
        cancel.setText(I18n.get("record.cancel"));
        // Finding the run's length and building the first frame hold the FX thread for a moment: say so first.
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        say(I18n.get("record.preparing"));
        afterNextFrameShown(() -> {
            if (cancelRequested) {
                ended(s.out(), new CancellationException());
                return;
            }
            job = RecordJob.start(s, stylesheets, (done, total) -> {
                if (progress.isIndeterminate()) {
                    say(I18n.get("record.working", s.out()));
                }
                progress.setProgress(done / (double) total);
            });
            job.result().whenComplete((r, e) -> Platform.runLater(() -> ended(s.out(), e)));
        });
    }

    /** Runs {@code action} once the window has been drawn as it is now (two pulses on). */
    private static void afterNextFrameShown(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    Platform.runLater(action);
                }
            }
        }.start();
    }

    /** Shows {@code text} under the progress bar; a longer text makes the window taller, never shorter. */
    private void say(String text) {
        status.setText(text);
        status.applyCss();
        double missing = status.prefHeight(status.getWidth()) - status.getHeight();
        if (stage.isShowing() && missing > 0) {
            stage.setHeight(stage.getHeight() + missing);
        }
    }

    private void ended(Path target, Throwable e) {
        job = null;
        busy = false;
        record.setDisable(false);
        if (e == null) {
            say(I18n.get("record.saved", target));
            cancel.setText(I18n.get("record.close"));
        } else if (e instanceof CancellationException) {
            progress.setProgress(0);
            say(I18n.get("record.cancelled"));
        } else {
            progress.setProgress(0);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            say(I18n.get("record.failed", cause.getMessage()));
        }
    }

    private void cancelOrClose() {
        if (busy) {
            cancelJob();
        } else {
            stage.close();
        }
    }

    private void cancelJob() {
        cancelRequested = true;
        if (job != null) {
            job.cancel();
        }
    }
}
