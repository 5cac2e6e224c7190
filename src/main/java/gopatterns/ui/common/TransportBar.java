package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.time.Duration;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Start, Pause/Resume, Step, Reset and the speed of virtual time, for whichever model it is bound to. The
 * speed slider is logarithmic: its middle is 1x, its ends 0.1x and 10x.
 */
public final class TransportBar extends ToolBar {

    @FXML private Button startButton;
    @FXML private ToggleButton pauseButton;
    @FXML private FontIcon pauseIcon;
    @FXML private Button stepButton;
    @FXML private Button resetButton;
    @FXML private Slider speedSlider;
    @FXML private Label speedLabel;
    @FXML private Label timeLabel;

    private SimulationModel<?> model;
    private final String pauseText = I18n.get("transport.pause");
    private final String resumeText = I18n.get("transport.resume");
    /** The pause button's width is to be measured again (new font): see {@link #fitPauseWidth()}. */
    private boolean pauseWidthStale = true;
    private boolean syncingSpeed;
    /** The speed slider's length in pixels, and on a narrow window. */
    private static final double SLIDER_WIDTH = 160;
    private static final double COMPACT_SLIDER_WIDTH = 120;
    /** Pause, Step and Reset without their labels: see {@link #fitLabels()}. */
    private boolean compact;
    /** The bar's preferred width with every label, when they were last given up, in pixels. */
    private double widthWithLabels;
    /** Listeners on the bound model, dropped when the bar moves to another model or is dropped itself. */
    private ViewListeners listeners = new ViewListeners();

    public TransportBar() {
        Fxml.loadRoot(this);
        speedSlider.setPrefWidth(SLIDER_WIDTH);
        speedSlider.valueProperty().addListener((obs, old, v) -> {
            if (model != null && !syncingSpeed) {
                model.speedProperty().set(Math.round(Math.pow(10, v.doubleValue()) * 10) / 10.0);
            }
        });
        pauseButton.setText(pauseText);
        pauseButton.fontProperty().addListener(o -> {
            pauseWidthStale = true;
            requestLayout();
        });
    }

    @Override
    protected void layoutChildren() {
        fitLabels();
        if (pauseWidthStale && pauseButton.getSkin() != null) {
            fitPauseWidth();
        }
        super.layoutChildren();
    }

    /**
     * On a narrow window (1024x768) Pause, Step and Reset show their icons only, named by their tooltips, and the
     * speed slider is shorter, so that the speed and the time stay in the bar instead of its overflow menu; Start
     * keeps its word. The labels come
     * back once the bar is as wide as it was found to need with them.
     */
    private void fitLabels() {
        double width = getWidth();
        if (width <= 0 || startButton.getSkin() == null) {
            return;
        }
        if (!compact) {
            double need = prefWidth(-1);
            if (width < need) {
                widthWithLabels = need;
                setCompact(true);
            }
        } else if (width >= widthWithLabels) {
            setCompact(false);
        }
    }

    private void setCompact(boolean on) {
        compact = on;
        for (ButtonBase b : new ButtonBase[] {pauseButton, stepButton, resetButton}) {
            b.setContentDisplay(on ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        speedSlider.setPrefWidth(on ? COMPACT_SLIDER_WIDTH : SLIDER_WIDTH);
        pauseWidthStale = true; // its two labels' width, or its icon's
    }

    /** True while Pause, Step and Reset show their icons only. */
    public boolean isCompact() {
        return compact;
    }

    /**
     * Gives the pause button the width of its wider label, Pause or Resume: pressing it never moves the buttons
     * after it nor sends the time into the overflow menu.
     */
    private void fitPauseWidth() {
        pauseWidthStale = false;
        String shown = pauseButton.getText();
        pauseButton.setMinWidth(Region.USE_COMPUTED_SIZE);
        pauseButton.setPrefWidth(Region.USE_COMPUTED_SIZE);
        double widest = 0;
        for (String text : new String[] {pauseText, resumeText}) {
            pauseButton.setText(text);
            widest = Math.max(widest, Math.ceil(pauseButton.prefWidth(-1)));
        }
        pauseButton.setText(shown);
        pauseButton.setPrefWidth(widest);
        pauseButton.setMinWidth(widest);
    }

    /** Never narrower than the Start button and the overflow menu's button: Start is never cut. */
    @Override
    protected double computeMinWidth(double height) {
        Node overflow = lookup(".tool-bar-overflow-button");
        return snappedLeftInset() + snappedRightInset() + startButton.prefWidth(-1)
                + (overflow == null ? 0 : overflow.prefWidth(-1));
    }

    /** Binds the bar to a model; rebinding moves every control to the new one. */
    public void setModel(SimulationModel<?> m) {
        listeners.release();
        listeners = new ViewListeners();
        model = m;
        // Follows the model rather than being bound to it: a click on a toggle button sets its state itself.
        listeners.onValue(m.pausedProperty(), now -> {
            pauseButton.setSelected(now);
            pauseButton.setText(now ? resumeText : pauseText);
            pauseIcon.setIconLiteral(now ? "mdi2p-play-pause" : "mdi2p-pause");
        });
        timeLabel.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("transport.time", seconds(m.timeProperty().get())), m.timeProperty()));
        listeners.onValue(m.speedProperty(), this::speedChanged);
    }

    public SimulationModel<?> model() {
        return model;
    }

    private void speedChanged(Number v) {
        syncingSpeed = true;
        try {
            speedSlider.setValue(Math.log10(v.doubleValue()));
            speedLabel.setText(String.format(Locale.ROOT, "%.1f×", v.doubleValue()));
        } finally {
            syncingSpeed = false;
        }
    }

    /** "12.34s". */
    static String seconds(Duration d) {
        return secondsDigits(d) + "s";
    }

    /** "12.34", a duration in seconds; by hand, since it runs twenty times a second and String.format is slow. */
    public static String secondsDigits(Duration d) {
        long centis = Math.round(d.toNanos() / 1e7);
        long frac = centis % 100;
        return centis / 100 + (frac < 10 ? ".0" : ".") + frac;
    }

    @FXML
    private void onStart() {
        model.start();
    }

    @FXML
    private void onPause() {
        model.togglePause();
        pauseButton.setSelected(model.pausedProperty().get());
    }

    @FXML
    private void onStep() {
        model.step();
    }

    @FXML
    private void onReset() {
        model.reset();
    }
}
