package gopatterns.ui.lanes;

import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.common.Stylesheets;
import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The goroutines of the model's run as lanes over virtual time, with a playhead: main, background, timer and
 * signal for the runner; one lane per worker for the pool (density bands per state for a crowd). Folds the
 * model's history as it grows, reading new events by index; redraws at most on the model's chart frames.
 * Clicking or dragging on the lanes asks {@link #onSeekProperty()} to show that instant.
 */
public final class LanesView extends Control {

    private final SimulationModel<?> model;
    private final LongProperty playheadNanos = new SimpleLongProperty(this, "playheadNanos");
    private final ObjectProperty<LongConsumer> onSeek = new SimpleObjectProperty<>(this, "onSeek");

    public LanesView(SimulationModel<?> model) {
        this.model = Objects.requireNonNull(model);
        getStyleClass().add("lanes-view");
        setFocusTraversable(false);
        playheadNanos.bind(playheadOf(model));
        onSeek.set(model::seekToTime);
    }

    /**
     * Where the playhead stands, in ns after the run's start: the time the model shows, which is the timeline's
     * playhead while looking back ({@code SimulationModel.playheadNanos()}) and the live time otherwise.
     */
    static ObservableValue<Number> playheadOf(SimulationModel<?> model) {
        return Bindings.createLongBinding(() -> model.timeProperty().get().toNanos(), model.timeProperty());
    }

    public SimulationModel<?> model() {
        return model;
    }

    /** The playhead's time, ns after the run's start; bound to {@link #playheadOf} unless rebound. */
    public LongProperty playheadNanosProperty() {
        return playheadNanos;
    }

    /**
     * Called with a time (ns after the run's start) when the user clicks or drags on the lanes: by default the
     * model's {@code seekToTime}, so the whole view shows that instant; may be null.
     */
    public ObjectProperty<LongConsumer> onSeekProperty() {
        return onSeek;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LanesSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Stylesheets.beside(LanesView.class, "lanes.css");
    }
}
