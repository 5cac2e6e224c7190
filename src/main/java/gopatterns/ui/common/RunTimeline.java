package gopatterns.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The run as a timeline, under the transport bar: its events as ticks, one row per kind that a class talks
 * about ({@link gopatterns.history.TickKind}), the playhead and the live edge. A click or a drag anywhere on
 * it shows that instant ({@link SimulationModel#seekToTime}); the <b>Live</b> button goes back to the live
 * run. It never takes the keyboard focus: the window's keys (Left/Right, Home/End) step and jump.
 */
public final class RunTimeline extends Control {

    private final ObjectProperty<SimulationModel<?>> model = new SimpleObjectProperty<>(this, "model");

    public RunTimeline() {
        getStyleClass().add("run-timeline");
        setId("runTimeline");
        setFocusTraversable(false);
    }

    /** The model shown; null shows an empty timeline. */
    public ObjectProperty<SimulationModel<?>> modelProperty() {
        return model;
    }

    public void setModel(SimulationModel<?> m) {
        model.set(m);
    }

    public SimulationModel<?> getModel() {
        return model.get();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new RunTimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Stylesheets.beside(RunTimeline.class, "run-timeline.css");
    }
}
