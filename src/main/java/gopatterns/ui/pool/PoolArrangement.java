package gopatterns.ui.pool;

import gopatterns.ui.I18n;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;

/**
 * Where the pool view's side panes go for the room it has, so that the pool and its workers always keep a usable
 * share of the window. Wide: settings on the left, the Go code and log on the right, the code pane as wide as
 * its longest line where the window allows. Narrow (a 1024 px screen): settings, code and log share one column
 * as tabs. Short (a 720 px screen, or the projector's large type): the chart leaves the middle and goes under
 * the log, so that several rows of workers stay in sight.
 */
final class PoolArrangement {

    /** Below this view width (px) the side panes become tabs: settings + a 13-figure centre + the code column. */
    static final double WIDE_MIN = 1180;
    /** Below this view height (px) the chart leaves the middle column. */
    static final double TALL_MIN = 700;
    /** The code column's width (px) in a wide view: at least the narrowest, at most what its longest line needs. */
    static final double CODE_MIN = 370;
    static final double CODE_MAX = 600;
    /** The middle column keeps at least this width (px) before the code column grows. */
    static final double CENTRE_MIN = 620;

    private final BorderPane view;
    private final Pane centre;
    private final Node settings;
    private final Node code;
    private final Node log;
    private final Node chart;
    private final SplitPane codeLog;
    private final TabPane tabs = new TabPane();
    private final Tab settingsTab = tab("pool.settings");
    private final Tab codeTab = tab("code.title");
    private final Tab logTab = tab("log.title");
    /** The log and the chart, one above the other, in the log's tab of a narrow, short view. */
    private final SplitPane logChart = new SplitPane();
    private Boolean wide;
    private Boolean tall;

    PoolArrangement(BorderPane view, Pane centre, Node settings, SplitPane codeLog, Node code, Node log, Node chart) {
        this.view = view;
        this.centre = centre;
        this.settings = settings;
        this.codeLog = codeLog;
        this.code = code;
        this.log = log;
        this.chart = chart;
        tabs.setId("poolSideTabs");
        tabs.getStyleClass().add("pool-side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        logChart.setOrientation(Orientation.VERTICAL);
        view.widthProperty().addListener((o, old, now) -> arrange());
        view.heightProperty().addListener((o, old, now) -> arrange());
        arrange();
    }

    private static Tab tab(String key) {
        Tab t = new Tab(I18n.get(key));
        t.setClosable(false);
        return t;
    }

    /** Whether the side panes are columns (true) or tabs. */
    boolean isWide() {
        return wide;
    }

    /** Whether the chart is in the middle column. */
    boolean isChartInCentre() {
        return tall;
    }

    private void arrange() {
        // An unsized view (not yet laid out) is arranged as a wide, tall one: the usual first look.
        boolean w = view.getWidth() <= 0 || view.getWidth() >= WIDE_MIN;
        boolean t = view.getHeight() <= 0 || view.getHeight() >= TALL_MIN;
        if (w) {
            codeLog.setPrefWidth(Math.max(CODE_MIN, Math.min(CODE_MAX, view.getWidth() - CENTRE_MIN
                    - settings.prefWidth(-1))));
        }
        if (Boolean.valueOf(w).equals(wide) && Boolean.valueOf(t).equals(tall)) {
            return;
        }
        wide = w;
        tall = t;
        // Every pane leaves its place first: a node has one parent.
        view.setLeft(null);
        view.setRight(null);
        codeLog.getItems().clear();
        logChart.getItems().clear();
        for (Tab tab : tabs.getTabs()) {
            tab.setContent(null);
        }
        tabs.getTabs().clear();
        centre.getChildren().remove(chart);
        if (t) {
            centre.getChildren().add(chart);
        }
        if (w) {
            codeLog.getItems().addAll(code, log);
            if (!t) {
                codeLog.getItems().add(chart);
                codeLog.setDividerPositions(0.5, 0.75);
            } else {
                codeLog.setDividerPositions(0.6);
            }
            view.setLeft(settings);
            view.setRight(codeLog);
        } else {
            settingsTab.setContent(settings);
            codeTab.setContent(code);
            if (t) {
                logTab.setContent(log);
            } else {
                logChart.getItems().addAll(log, chart);
                logChart.setDividerPositions(0.55);
                logTab.setContent(logChart);
            }
            tabs.getTabs().addAll(settingsTab, codeTab, logTab);
            view.setLeft(tabs);
        }
    }
}
