package gopatterns.ui.pool;

import gopatterns.ui.common.TransportBar;
import javafx.scene.layout.BorderPane;

/**
 * The pool view on its own with a transport bar above it: for tests, screenshots and trying the view out.
 * The app's shell hosts one shared bar instead.
 */
public final class PoolShowcase extends BorderPane {

    private final PoolModel model;
    private final PoolView view;
    private final TransportBar transport = new TransportBar();

    public PoolShowcase(PoolModel model) {
        this.model = model;
        this.view = new PoolView(model);
        transport.setModel(model);
        setTop(transport);
        setCenter(view);
    }

    public PoolModel model() {
        return model;
    }

    public PoolView view() {
        return view;
    }

    public TransportBar transport() {
        return transport;
    }
}
