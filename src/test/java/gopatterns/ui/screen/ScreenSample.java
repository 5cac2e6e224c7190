package gopatterns.ui.screen;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Which presets (or compare pairs) one screen of a screen-contract matrix looks at. A default build checks each
 * item on some screen, the screens taking the items in turn; {@code -Dscreen.all=true} (Maven profile
 * {@code screen-all}) checks every item on every screen.
 */
public final class ScreenSample {

    private ScreenSample() {
    }

    /**
     * The items screen {@code turn} of {@code turns} looks at: all of them with {@code -Dscreen.all=true}; else
     * those whose index is {@code turn} modulo {@code turns} or, with fewer items than screens, the single item
     * {@code turn} modulo their number. Either way the {@code turns} screens together take every item, and each
     * screen at least one.
     *
     * @param items the page's presets or pairs, in a fixed order; not empty (nulls allowed)
     * @param turn  this screen's place in the matrix, 0 or more (taken modulo {@code turns})
     * @param turns how many screens share the items, 1 or more
     * @throws IllegalArgumentException if {@code items} is empty or {@code turns} is below 1
     */
    public static <T> List<T> inTurn(List<T> items, int turn, int turns) {
        if (items.isEmpty() || turns < 1) {
            throw new IllegalArgumentException(items.size() + " items, " + turns + " turns");
        }
        if (Boolean.getBoolean("screen.all")) {
            return items;
        }
        int t = Math.floorMod(turn, turns);
        if (items.size() < turns) {
            int only = t % items.size();
            return items.subList(only, only + 1); // an item may be null (compare mode's "same on both sides")
        }
        return IntStream.range(0, items.size()).filter(i -> i % turns == t).mapToObj(items::get).toList();
    }
}
