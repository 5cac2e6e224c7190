package gopatterns.ui.common;

import gopatterns.history.TickKind;
import gopatterns.ui.I18n;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The look of {@link RunTimeline}: the run's start time, a track with the ticks (a canvas), the part not shown
 * yet (between the playhead and the live edge) shaded, the playhead and the edge as lines, the edge's time,
 * and the Live button at the right. Sized to be read from the back of a room: the track is at least its CSS
 * {@code -fx-min-height} high (run-timeline.css; the projector theme asks for more), the times and the Live
 * button in the window's own font size.
 */
final class RunTimelineSkin extends SkinBase<RunTimeline> {

    private final Region track = new Region();
    private final TimelineTicks ticks = new TimelineTicks();
    private final Region ahead = new Region();
    private final Region playhead = new Region();
    private final Region edge = new Region();

    private final Label startTime = new Label();
    private final Label edgeTime = new Label();
    private final Button liveButton = new Button(I18n.get("timeline.live"), liveIcon());
    private final Tooltip trackTip = new Tooltip();
    /** The bands' names at the left (compare mode: the sides'), none for one run. */
    private final List<Label> bandNames = new java.util.ArrayList<>();
    private ViewListeners listeners = new ViewListeners();

    RunTimelineSkin(RunTimeline control) {
        super(control);
        track.getStyleClass().add("timeline-track");
        ahead.getStyleClass().add("timeline-ahead");
        playhead.getStyleClass().add("timeline-playhead");
        edge.getStyleClass().add("timeline-edge");
        startTime.getStyleClass().add("timeline-time");
        edgeTime.getStyleClass().add("timeline-time");
        startTime.setId("timelineStart");
        edgeTime.setId("timelineEdge");
        for (Label l : new Label[] {startTime, edgeTime}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setMouseTransparent(true);
        }
        liveButton.getStyleClass().add("timeline-live");
        liveButton.setId("liveButton");
        liveButton.setMinWidth(Region.USE_PREF_SIZE);
        liveButton.setFocusTraversable(false);
        liveButton.setTooltip(new Tooltip(I18n.get("timeline.live.tip")));
        liveButton.setOnAction(e -> {
            SimulationModel<?> m = control.getModel();
            if (m != null) {
                m.toLive();
            }
        });
        for (Region r : new Region[] {ahead, playhead, edge}) {
            r.setMouseTransparent(true);
            r.setManaged(false);
        }
        ticks.setMouseTransparent(true);
        track.setOnMousePressed(this::seek);
        track.setOnMouseDragged(this::seek);
        Tooltip.install(track, trackTip);
        getChildren().addAll(startTime, track, ticks, ahead, edge, playhead, edgeTime, liveButton);
        registerChangeListener(control.modelProperty(), o -> bind(control.getModel()));
        bind(control.getModel());
    }

    /** The icon at the size of the button's text. */
    private static FontIcon liveIcon() {
        FontIcon icon = new FontIcon("mdi2s-skip-forward");
        icon.getStyleClass().add("timeline-live-icon");
        return icon;
    }

    private void bind(SimulationModel<?> m) {
        listeners.release();
        listeners = new ViewListeners();
        ticks.setModel(m);
        getChildren().removeAll(bandNames);
        bandNames.clear();
        if (m == null) {
            return;
        }
        List<SimulationModel.Track> tracks = m.timelineTracks();
        for (int i = 0; tracks.size() > 1 && i < tracks.size(); i++) {
            Label name = new Label(tracks.get(i).name());
            name.getStyleClass().add("timeline-band-name");
            name.setId("timelineBand" + i);
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setMouseTransparent(true);
            bandNames.add(name);
        }
        getChildren().addAll(bandNames);
        // The time changes with every text frame of a live run, the playhead with every seek: both move it.
        listeners.onAny(this::refresh, m.timeProperty(), m.playheadProperty(), m.liveProperty(),
                m.reviewOnlyProperty(), m.startedProperty(), m.runNumberProperty(), m.runningProperty());
        refresh();
    }

    /** Ticks, playhead, edge and the Live button after a change of the run or the playhead. */
    private void refresh() {
        SimulationModel<?> m = getSkinnable().getModel();
        boolean started = m != null && m.startedProperty().get();
        boolean reviewOnly = started && m.reviewOnlyProperty().get();
        liveButton.setDisable(!started || reviewOnly || m.liveProperty().get());
        edge.setVisible(started && !reviewOnly);
        playhead.setVisible(started);
        ahead.setVisible(started && !m.liveProperty().get());
        // The ends' times, so a class reads the scale: "0 s" to the live edge's "3.0 s".
        startTime.setText(I18n.get("timeline.seconds", "0"));
        edgeTime.setText(I18n.get("timeline.seconds",
                String.format(java.util.Locale.ROOT, "%.1f", started ? m.edgeNanos() / 1e9 : 0.0)));
        List<TickKind> rows = m == null ? List.of() : TimelineTicks.rows(m.timelineTracks().getFirst().run().history());
        if (!rows.equals(tipRows)) { // the kinds change with the page, not with every frame
            tipRows = rows;
            trackTip.setText(I18n.get("timeline.tip") + "\n" + rows.stream()
                    .map(k -> I18n.get("timeline.kind." + k.name())).collect(Collectors.joining(" · ")));
        }
        ticks.update();
        getSkinnable().requestLayout();
    }

    /** The tick kinds the tooltip names, to word it again only when they change. */
    private List<TickKind> tipRows;

    private void seek(MouseEvent e) {
        SimulationModel<?> m = getSkinnable().getModel();
        double w = track.getWidth();
        if (m == null || w <= 0 || !m.startedProperty().get()) {
            return;
        }
        double share = Math.clamp(e.getX() / w, 0, 1);
        m.seekToTime(Math.round(share * m.edgeNanos()));
        e.consume();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double gap = snapSpaceX(6);
        double startWidth = snapSizeX(startTime.prefWidth(-1));
        double edgeWidth = snapSizeX(edgeTime.prefWidth(-1));
        double buttonWidth = snapSizeX(liveButton.prefWidth(-1));
        double namesWidth = namesWidth();
        double bandHeight = h / Math.max(1, bandNames.size());
        for (int i = 0; i < bandNames.size(); i++) {
            layoutInArea(bandNames.get(i), x, y + i * bandHeight, namesWidth, bandHeight, 0, HPos.RIGHT, VPos.CENTER);
        }
        x += namesWidth > 0 ? namesWidth + gap : 0;
        w -= namesWidth > 0 ? namesWidth + gap : 0;
        double trackX = x + startWidth + gap;
        double trackWidth = Math.max(0, w - startWidth - edgeWidth - buttonWidth - 3 * gap);
        layoutInArea(startTime, x, y, startWidth, h, 0, HPos.LEFT, VPos.CENTER);
        layoutInArea(edgeTime, trackX + trackWidth + gap, y, edgeWidth, h, 0, HPos.LEFT, VPos.CENTER);
        layoutInArea(liveButton, x + w - buttonWidth, y, buttonWidth, h, 0, HPos.CENTER, VPos.CENTER);
        track.resizeRelocate(trackX, y, trackWidth, h);
        double inset = 2;
        ticks.resizeRelocate(trackX + inset, y + inset, Math.max(0, trackWidth - 2 * inset),
                Math.max(0, h - 2 * inset));
        SimulationModel<?> m = getSkinnable().getModel();
        if (m == null || !m.startedProperty().get()) {
            return;
        }
        double inner = Math.max(0, trackWidth - 2 * inset);
        double at = trackX + inset + inner * Math.min(1, m.playheadNanos() / (double) Math.max(1, m.edgeNanos()));
        double lineWidth = snapSizeX(playhead.prefWidth(-1));
        playhead.resizeRelocate(snapPositionX(at - lineWidth / 2), y, lineWidth, h);
        double edgeLine = snapSizeX(edge.prefWidth(-1));
        edge.resizeRelocate(trackX + inset + inner - edgeLine, y, edgeLine, h);
        ahead.resizeRelocate(at, y + inset, Math.max(0, trackX + inset + inner - at), Math.max(0, h - 2 * inset));
    }

    /** The width of the bands' names column, 0 without names. */
    private double namesWidth() {
        return snapSizeX(bandNames.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0));
    }

    /** Each band is at least the track's least height and its name high: two runs make a taller timeline. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        double band = Math.max(track.minHeight(-1), bandNames.stream().mapToDouble(l -> l.prefHeight(-1)).max().orElse(0));
        return top + bottom + Math.max(liveButton.prefHeight(-1), band * Math.max(1, bandNames.size()));
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return computeMinWidth(height, top, right, bottom, left) + 140;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        double names = namesWidth();
        return left + right + (names > 0 ? names + 6 : 0) + startTime.prefWidth(-1) + edgeTime.prefWidth(-1)
                + liveButton.prefWidth(-1) + 18 + 60;
    }

    @Override
    public void dispose() {
        listeners.release();
        super.dispose();
    }
}
