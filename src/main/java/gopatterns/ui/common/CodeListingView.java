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
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

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
    private final List<CodeLine> rows = new ArrayList<>();
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
    /** Measures a line's code at a width it is asked about, without touching the line's own text. */
    private final Text measure = new Text();
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
    private CodeLine row(int index, int digits) {
        String number = Integer.toString(index + 1);
        return new CodeLine(" ".repeat(digits - number.length()) + number, lines.get(index));
    }

    /**
     * A listing line as one region of two texts: the number, and the code wrapped in the width the number
     * column leaves, so a long line's continuation is indented past the numbers. Three nodes a line instead of a
     * box, a text flow and two texts: a listing is a large share of the nodes styled before the first frame.
     */
    private final class CodeLine extends Region {
        /** Between the number column and the code (px). */
        private static final double GAP = 10;

        private final Text number;
        private final Text code;

        CodeLine(String numberText, String codeText) {
            number = new Text(numberText);
            number.getStyleClass().addAll("code-text", "code-number");
            code = new Text(codeText);
            code.getStyleClass().add("code-text");
            getStyleClass().add("code-line");
            getChildren().addAll(number, code);
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        /** Where the code starts, from the left edge inside the insets. */
        private double codeX() {
            return snapSizeX(number.getLayoutBounds().getWidth()) + GAP;
        }

        /** The code's wrapping width in a line {@code width} wide: never below 1 px, where every word wraps. */
        private double codeWidth(double width) {
            return Math.max(1, width - snappedLeftInset() - snappedRightInset() - codeX());
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }

        /** The numbers and the gap: the code takes what the pane gives it and wraps there. */
        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + codeX() + snappedRightInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected double computePrefHeight(double width) {
            double codeHeight = width < 0 ? code.getLayoutBounds().getHeight() : wrappedHeight(codeWidth(width));
            return snappedTopInset() + snapSizeY(Math.max(number.getLayoutBounds().getHeight(), codeHeight))
                    + snappedBottomInset();
        }

        /** The code's height wrapped at {@code wrap} px, measured on a copy: asking must not change the line. */
        private double wrappedHeight(double wrap) {
            if (wrap == code.getWrappingWidth()) {
                return code.getLayoutBounds().getHeight();
            }
            measure.setFont(code.getFont());
            measure.setText(code.getText());
            measure.setWrappingWidth(wrap);
            return measure.getLayoutBounds().getHeight();
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset();
            double y = snappedTopInset();
            code.setWrappingWidth(codeWidth(getWidth()));
            number.relocate(x, y);
            code.relocate(x + codeX(), y);
        }
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
        CodeLine row = rows.get(line);
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
