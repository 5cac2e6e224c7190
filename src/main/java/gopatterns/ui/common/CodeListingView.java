package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;

/**
 * A Go listing with the line being executed highlighted. A listing line may end in an anchor comment,
 * {@code //@name}, which is not shown: the model names the anchor, the view finds the line.
 */
public final class CodeListingView extends BorderPane {

    private static final Pattern ANCHOR = Pattern.compile("\\s*//@([\\w-]+)\\s*$");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final ListView<String> lines = new ListView<>();
    private final Map<String, Integer> anchors = new HashMap<>();
    /** Lines highlighted lately, newest first, that the listing tries to keep in sight together. */
    private static final int RECENT = 4;

    private final java.util.ArrayDeque<Integer> recent = new java.util.ArrayDeque<>();
    private final ReadOnlyIntegerWrapper currentLine = new ReadOnlyIntegerWrapper(this, "currentLine", -1);
    /** The anchor belongs to a model that outlives this view: listen weakly. */
    private final ViewListeners listeners = new ViewListeners();

    /**
     * @param listingResource the listing, a resource beside {@code owner}
     * @param anchor          the model's anchor to follow
     */
    public CodeListingView(Class<?> owner, String listingResource, ObservableStringValue anchor) {
        getStyleClass().add("code-listing");
        Label title = new Label(I18n.get("code.title"));
        title.getStyleClass().add("pane-title");
        setTop(title);
        lines.setId("codeLines");
        lines.getItems().setAll(read(owner, listingResource));
        lines.setCellFactory(v -> new CodeCell());
        lines.setFocusTraversable(false);
        setCenter(lines);
        listeners.onValue(anchor, this::show);
    }

    /**
     * Highlights the line of anchor {@code name}; an unknown or empty name clears the highlight. The listing
     * scrolls only when the line is out of sight, and then so that the lines highlighted just before stay in
     * sight too if they fit: a busy run that moves between a few branches settles on one view instead of
     * jumping back and forth every frame.
     */
    public void show(String name) {
        Integer line = name == null ? null : anchors.get(name);
        currentLine.set(line == null ? -1 : line);
        if (line == null) {
            return;
        }
        recent.remove(line);
        recent.addFirst(line);
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
        if (lines.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            // The first and last cells may be cut off at the edges: count only the ones fully inside.
            int first = flow.getFirstVisibleCell().getIndex() + 1;
            int last = flow.getLastVisibleCell().getIndex() - 1;
            if (line >= first && line <= last) {
                return;
            }
            int top = line;
            int bottom = line;
            for (int l : recent) {
                if (Math.max(bottom, l) - Math.min(top, l) <= last - first - 2) {
                    top = Math.min(top, l);
                    bottom = Math.max(bottom, l);
                }
            }
            lines.scrollTo(Math.max(0, top - 1));
        } else {
            lines.scrollTo(Math.max(0, line - 3));
        }
    }

    /** The highlighted line (0-based), or -1. */
    public ReadOnlyIntegerProperty currentLineProperty() {
        return currentLine.getReadOnlyProperty();
    }

    public List<String> lines() {
        return lines.getItems();
    }

    /** The line (0-based) an anchor names, or -1. */
    public int lineOf(String anchorName) {
        return anchors.getOrDefault(anchorName, -1);
    }

    private List<String> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no listing " + resource + " beside " + owner.getName());
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String raw : text.split("\n", -1)) {
                Matcher m = ANCHOR.matcher(raw);
                if (m.find()) {
                    anchors.put(m.group(1), out.size());
                    raw = raw.substring(0, m.start());
                }
                out.add(raw.replace("\t", "    "));
            }
            while (!out.isEmpty() && out.getLast().isBlank()) {
                out.removeLast();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class CodeCell extends ListCell<String> {
        CodeCell() {
            getStyleClass().add("code-line");
            currentLine.addListener((obs, old, now) -> markCurrent());
        }

        private void markCurrent() {
            pseudoClassStateChanged(CURRENT, !isEmpty() && getIndex() == currentLine.get());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                pseudoClassStateChanged(CURRENT, false);
            } else {
                String number = Integer.toString(getIndex() + 1);
                setText(" ".repeat(Math.max(0, 3 - number.length())) + number + "  " + item);
                markCurrent();
            }
        }
    }
}
