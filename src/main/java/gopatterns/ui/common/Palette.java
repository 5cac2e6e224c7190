package gopatterns.ui.common;

import javafx.scene.paint.Color;

/**
 * The colours of common.css, for what is drawn on a canvas. Okabe-Ito's palette: distinguishable with the
 * common forms of colour blindness. Keep the two in step.
 */
public final class Palette {
    public static final Color ORANGE = Color.web("#E69F00");
    public static final Color SKY = Color.web("#56B4E9");
    public static final Color GREEN = Color.web("#009E73");
    public static final Color YELLOW = Color.web("#F0E442");
    public static final Color BLUE = Color.web("#0072B2");
    public static final Color VERMILLION = Color.web("#D55E00");
    public static final Color PURPLE = Color.web("#CC79A7");
    public static final Color GREY = Color.web("#999999");

    private Palette() {
    }
}
