package gopatterns.ui.common;

import javafx.scene.layout.VBox;

/**
 * A VBox whose sentences wrap, for a scroll pane: asked its height without a width (as a ScrollPane asks its
 * content's minimum), it answers for the width it has, so that wrapped lines are counted and the pane scrolls
 * rather than squeezing the boxes until their words are cut.
 */
public class WrappingVBox extends VBox {

    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
    }
}
