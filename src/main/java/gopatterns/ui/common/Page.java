package gopatterns.ui.common;

import gopatterns.event.GoEvent;
import gopatterns.ui.I18n;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * One view of the app as the main window sees it: its model, a way to build its nodes (again, whenever the
 * language changes), its presets, explanations and legend, and its parameters for the saved settings.
 */
public interface Page {

    /** A stable name, used in settings and ids: {@code runner}, {@code pool}. */
    String id();

    /** The tab title, in the current language. */
    String title();

    SimulationModel<?> model();

    /** Builds the view's nodes from the model's current state. */
    Parent createView();

    /** Stylesheets the view needs in the scene. */
    List<String> stylesheets();

    List<Preset> presets();

    /**
     * The event the explanation line describes: by default the model's newest event. A page whose view
     * captions another event (the pool passes over echoes) gives that one, so that the caption and the
     * explanation always speak of the same event. Null before a run.
     */
    default ObservableValue<? extends GoEvent> explainedEventProperty() {
        return model().lastEventProperty();
    }

    /**
     * The status bar's state once the run has ended, {@code at} being the end time already written as
     * seconds ("1.50"): by default "Ended at …"; a page whose run leaves something going says so.
     */
    default String endedState(String at) {
        return I18n.get("status.endedAt", at);
    }

    /** What the event means, in one or two plain sentences, in the current language. */
    Optional<String> explain(GoEvent event);

    /** The colours and shapes of this view, explained. */
    Node createLegend();

    /** The parameters as text, to be remembered between launches. */
    Map<String, String> saveParameters();

    /** Restores remembered parameters; anything unreadable or out of range is ignored. */
    void restoreParameters(Map<String, String> saved);

    /** How this page runs two configurations side by side (compare mode); empty for a page that has none. */
    default Optional<ComparePattern<?, ?>> comparePattern() {
        return Optional.empty();
    }

    /** The Interrupt command, for the views that have one. */
    default boolean interrupt() {
        return false;
    }
}
