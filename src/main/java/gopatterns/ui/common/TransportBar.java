package gopatterns.ui.common;

import static gopatterns.ui.common.Controls.labelled;
import static gopatterns.ui.common.Controls.styled;
import static gopatterns.ui.common.Controls.text;
import static gopatterns.ui.common.Controls.tip;
import static gopatterns.ui.common.Controls.wholeWidth;

import gopatterns.ui.I18n;
import java.time.Duration;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Start, Pause/Resume, Step, Reset and the speed of virtual time, for whichever model it is bound to. The
 * speed slider is logarithmic: its middle is 1x, its ends 0.1x and 10x.
 */
public final class TransportBar extends ToolBar {

    private final Button startButton = labelled(new Button(), "startButton", "transport.start", "mdi2p-play",
            "transport.start.tip");
    private final ToggleButton pauseButton = labelled(new ToggleButton(), "pauseButton", "transport.pause",
            "mdi2p-pause", "transport.pause.tip");
    private final FontIcon pauseIcon = styled((FontIcon) pauseButton.getGraphic(), "pauseIcon");
    private final Button stepButton = labelled(new Button(), "stepButton", "transport.step", "mdi2s-skip-next",
            "transport.step.tip");
    private final Button resetButton = labelled(new Button(), "resetButton", "transport.reset", "mdi2r-restore",
            "transport.reset.tip");
    private final Label speedWord = styled(text("transport.speed"), "speedWord");
    /** Logarithmic: -1 is 0.1x, 0 is 1x, 1 is 10x. */
    private final Slider speedSlider = tip(styled(new Slider(-1, 1, 0), "speedSlider"), "transport.speed.tip");
    private final Label speedLabel = styled(new Label(), "speedLabel", "speed-label");
    private final Label timeLabel = styled(new Label(), "timeLabel", "time-label");

    private SimulationModel<?> model;
    private final String pauseText = I18n.get("transport.pause");
    private final String resumeText = I18n.get("transport.resume");
    /** The pause button's width is to be measured again (new font): see {@link #fitPauseWidth()}. */
    private boolean pauseWidthStale = true;
    private boolean syncingSpeed;
    /** The speed slider's length in pixels at each step of {@link #fitLabels()}. */
    private static final double[] SLIDER_WIDTHS = {160, 120, 90};
    private static final int COMPACT_STEPS = SLIDER_WIDTHS.length - 1;
    /** How much room the bar has given up: 0 (none) to {@link #COMPACT_STEPS}; see {@link #fitLabels()}. */
    private int compactness;
    /** The bar's preferred width, in pixels, when it last gave up each step's room. */
    private final double[] widthNeeded = new double[COMPACT_STEPS];
    /** Listeners on the bound model, dropped when the bar moves to another model or is dropped itself. */
    private ViewListeners listeners = new ViewListeners();

    public TransportBar() {
        getStyleClass().add("transport-bar");
        startButton.getStyleClass().add("accent");
        // Buttons never give up letters: what does not fit goes to the overflow menu whole.
        for (Region r : new Region[] {startButton, pauseButton, stepButton, resetButton, speedWord}) {
            wholeWidth(r);
        }
        speedLabel.setMinWidth(48);
        timeLabel.setMinWidth(90);
        speedWord.setLabelFor(speedSlider);
        HBox speed = new HBox(6, speedWord, speedSlider, speedLabel);
        speed.setAlignment(Pos.CENTER_LEFT);
        getItems().addAll(startButton, pauseButton, stepButton, resetButton, new Separator(Orientation.VERTICAL),
                speed, new Separator(Orientation.VERTICAL), timeLabel);
        startButton.setOnAction(e -> model.start());
        pauseButton.setOnAction(e -> onPause());
        stepButton.setOnAction(e -> model.step());
        resetButton.setOnAction(e -> model.reset());
        speedSlider.setPrefWidth(SLIDER_WIDTHS[0]);
        speedSlider.valueProperty().addListener((obs, old, v) -> {
            if (model != null && !syncingSpeed) {
                model.speedProperty().set(Math.round(Math.pow(10, v.doubleValue()) * 10) / 10.0);
            }
        });
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
     * On a narrow window (1024x768) the bar gives up room step by step so that the speed and the time stay in it
     * instead of its overflow menu: first Pause, Step and Reset show their icons only (named by their tooltips)
     * and the speed slider is shorter; then the word "Speed" goes (the slider's tooltip and its "1.0×" say it)
     * and the slider is shorter still. Start keeps its word. The room comes back once the bar is as wide as it
     * was found to need.
     */
    private void fitLabels() {
        double width = getWidth();
        if (width <= 0 || startButton.getSkin() == null) {
            return;
        }
        double need = compactness < COMPACT_STEPS ? prefWidth(-1) : 0;
        if (width < need) {
            widthNeeded[compactness] = need;
            setCompactness(compactness + 1);
        } else if (compactness > 0 && width >= widthNeeded[compactness - 1]) {
            setCompactness(compactness - 1);
        }
    }

    private void setCompactness(int level) {
        compactness = level;
        for (ButtonBase b : new ButtonBase[] {pauseButton, stepButton, resetButton}) {
            b.setContentDisplay(level > 0 ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        speedWord.setVisible(level < 2);
        speedWord.setManaged(level < 2);
        speedSlider.setPrefWidth(SLIDER_WIDTHS[level]);
        pauseWidthStale = true; // its two labels' width, or its icon's
        requestLayout();
    }

    /** True while Pause, Step and Reset show their icons only. */
    public boolean isCompact() {
        return compactness > 0;
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
        // A live run that has ended has nothing to pause (Space starts a new run then); looking back, it plays.
        pauseButton.disableProperty().bind(m.startedProperty().and(m.runningProperty().not()).and(m.liveProperty()));
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

    private void onPause() {
        model.togglePause();
        pauseButton.setSelected(model.pausedProperty().get());
    }
}
