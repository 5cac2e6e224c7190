package gopatterns.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;

/**
 * Listeners from a view to a model that outlives it. Views are rebuilt (a language switch) while the model
 * stays: the model holds only weak references, the view holds the listeners, so a dropped view is collected
 * with everything it listened with. {@link #release()} cuts them at once.
 */
public final class ViewListeners {

    private final List<Object> held = new ArrayList<>();

    /** Runs {@code action} with the current value now and with every new value after. */
    public <T> void onValue(ObservableValue<T> value, Consumer<? super T> action) {
        ChangeListener<T> l = (obs, old, now) -> action.accept(now);
        held.add(l);
        value.addListener(new WeakChangeListener<>(l));
        action.accept(value.getValue());
    }

    /** Runs {@code action} now and whenever any of {@code sources} changes. */
    public void onAny(Runnable action, Observable... sources) {
        InvalidationListener l = obs -> action.run();
        held.add(l);
        for (Observable o : sources) {
            o.addListener(new WeakInvalidationListener(l));
        }
        action.run();
    }

    public <T> void onList(ObservableList<T> list, ListChangeListener<? super T> listener) {
        held.add(listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }

    /**
     * Keeps an object alive as long as the view: e.g. the {@code asObject()} adapter of a bidirectional
     * binding, which the binding itself references only weakly.
     */
    public <T> T hold(T object) {
        held.add(object);
        return object;
    }

    /** Drops every listener: the model forgets them the next time it changes. */
    public void release() {
        held.clear();
    }
}
