package gopatterns.ui.record;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
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
    private RecordJob job;

    private RecordDialog(Window owner, Page page, Preset chosen, List<String> stylesheets, List<String> sheets) {
        this.page = page;
        this.stylesheets = stylesheets;
        out.setId("recordOut");
        preset.setId("recordPreset");
        record.setId("recordStart");
        cancel.setId("recordCancel");
        status.setId("recordStatus");
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

        GridPane grid = new GridPane();
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
        stage.setOnCloseRequest(e -> {
            if (job != null) {
                job.cancel();
            }
        });
    }

    /**
     * Shows the dialog for the page shown. FX thread.
     *
     * @param chosen      the preset chosen in the window, or null
     * @param stylesheets the theme's own stylesheets, for the recording
     * @param sheets      the window's stylesheets, for the dialog itself
     */
    public static void show(Window owner, Page page, Preset chosen, List<String> stylesheets,
                            List<String> sheets) {
        new RecordDialog(owner, page, chosen, stylesheets, sheets).stage.show();
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
            status.setText(I18n.get("record.failed", problem));
            return;
        }
        record.setDisable(true);
        cancel.setText(I18n.get("record.cancel"));
        progress.setProgress(0);
        status.setText(I18n.get("record.working", s.out()));
        job = RecordJob.start(s, stylesheets, (done, total) -> progress.setProgress(done / (double) total));
        job.result().whenComplete((r, e) -> Platform.runLater(() -> ended(s.out(), e)));
    }

    private void ended(Path target, Throwable e) {
        job = null;
        record.setDisable(false);
        if (e == null) {
            status.setText(I18n.get("record.saved", target));
            cancel.setText(I18n.get("record.close"));
        } else if (e instanceof CancellationException) {
            progress.setProgress(0);
            status.setText(I18n.get("record.cancelled"));
        } else {
            progress.setProgress(0);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            status.setText(I18n.get("record.failed", cause.getMessage()));
        }
    }

    private void cancelOrClose() {
        if (job != null) {
            job.cancel();
        } else {
            stage.close();
        }
    }
}
