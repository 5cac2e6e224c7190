package gopatterns.ui.common;

import gopatterns.ui.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
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
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A Go listing with the line being executed highlighted. A listing line may end in an anchor comment,
 * {@code //@name}, which is not shown: the model names the anchor, the view finds the line.
 *
 * <p>Every line is shown whole at any width: a line longer than the pane wraps, its continuation indented past
 * the line numbers, so no text is ever cut at the right edge and no sideways scrolling is needed. The listing
 * scrolls vertically.
 */
public final class CodeListingView extends BorderPane {

    private static final Pattern ANCHOR = Pattern.compile("\\s*//@([\\w-]+)\\s*$");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** Lines highlighted lately, newest first, that the listing tries to keep in sight together. */
    private static final int RECENT = 4;

    private final List<String> lines;
    private final List<HBox> rows = new ArrayList<>();
    /** The lines; once it has laid them out, the line running is brought into sight if asked (see below). */
    private final VBox content = new VBox() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (keepInSight) {
                keepInSight = false;
                if (currentLine.get() >= 0) {
                    scrollToShow(currentLine.get());
                }
            }
        }
    };
    private final ScrollPane scroll = new ScrollPane(content);
    private final Map<String, Integer> anchors = new HashMap<>();
    private final ArrayDeque<Integer> recent = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper currentLine = new ReadOnlyIntegerWrapper(this, "currentLine", -1);
    /** The line running is to be brought into sight once the lines have their places (a rebuild, a resize). */
    private boolean keepInSight;
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
        lines = List.copyOf(read(owner, listingResource));
        int digits = Integer.toString(lines.size()).length();
        for (int i = 0; i < lines.size(); i++) {
            rows.add(row(i, digits));
        }
        content.getStyleClass().add("code-lines");
        content.getChildren().setAll(rows);
        scroll.setId("codeLines");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        setCenter(scroll);
        listeners.onValue(anchor, this::show);
        // A listing built mid-run (a language switch rebuilds the window) or resized cannot scroll before its
        // lines are laid out: the line running is brought into sight by the layout that gives them their places,
        // and again after a resize.
        // Done in the lines' own layout, not in a later pulse: a recording, which draws a scene of no window,
        // shows the same as the window does, frame for frame.
        content.heightProperty().addListener((obs, old, h) -> keepInSight = true);
        scroll.heightProperty().addListener((obs, old, h) -> {
            keepInSight = true;
            content.requestLayout();
        });
    }

    /** One listing line: its number, then the code, which wraps within the pane's width. */
    private HBox row(int index, int digits) {
        String number = Integer.toString(index + 1);
        Text numberText = new Text(" ".repeat(digits - number.length()) + number);
        numberText.getStyleClass().addAll("code-text", "code-number");
        Text code = new Text(lines.get(index));
        code.getStyleClass().add("code-text");
        TextFlow flow = new TextFlow(code);
        HBox.setHgrow(flow, Priority.ALWAYS);
        // The flow is as wide as the pane leaves it and wraps there; it never asks for more.
        flow.setMinWidth(0);
        flow.setPrefWidth(0);
        HBox row = new HBox(10, numberText, flow);
        row.getStyleClass().add("code-line");
        return row;
    }

    /**
     * Highlights the line of anchor {@code name}; an unknown or empty name clears the highlight. The listing
     * scrolls only when the line is out of sight, and then so that the lines highlighted just before stay in
     * sight too if they fit: a busy run that moves between a few branches settles on one view instead of
     * jumping back and forth every frame.
     */
    public void show(String name) {
        Integer line = name == null ? null : anchors.get(name);
        int before = currentLine.get();
        currentLine.set(line == null ? -1 : line);
        if (before >= 0) {
            rows.get(before).pseudoClassStateChanged(CURRENT, false);
        }
        if (line == null) {
            return;
        }
        rows.get(line).pseudoClassStateChanged(CURRENT, true);
        recent.remove(line);
        recent.addFirst(line);
        if (recent.size() > RECENT) {
            recent.removeLast();
        }
        scrollToShow(line);
    }

    /** Scrolls so that {@code line} is wholly in sight, with as many of the recent lines as fit along. */
    private void scrollToShow(int line) {
        double viewport = scroll.getViewportBounds().getHeight();
        double total = content.getHeight();
        if (viewport <= 0 || total <= viewport) {
            return; // not laid out yet, or the whole listing is in sight
        }
        double shownTop = scroll.getVvalue() * (total - viewport);
        HBox row = rows.get(line);
        double top = row.getBoundsInParent().getMinY();
        double bottom = row.getBoundsInParent().getMaxY();
        double lineBottom = bottom;
        if (top >= shownTop && bottom <= shownTop + viewport) {
            return;
        }
        for (int l : recent) {
            Bounds b = rows.get(l).getBoundsInParent();
            if (Math.max(bottom, b.getMaxY()) - Math.min(top, b.getMinY()) <= viewport) {
                top = Math.min(top, b.getMinY());
                bottom = Math.max(bottom, b.getMaxY());
            }
        }
        // The line before the first one kept in sight stays visible too, as context.
        double context = row.getHeight();
        // ... unless that would push the line itself below the bottom edge: the line running always shows whole.
        double want = Math.max(lineBottom - viewport, Math.max(0, Math.min(top - context, total - viewport)));
        scroll.setVvalue(want / (total - viewport));
    }

    /** The highlighted line (0-based), or -1. */
    public ReadOnlyIntegerProperty currentLineProperty() {
        return currentLine.getReadOnlyProperty();
    }

    public List<String> lines() {
        return lines;
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
}
