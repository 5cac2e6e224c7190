package gopatterns.ui.common;

/**
 * How many rows a line of text needs when it wraps at spaces, counted in character cells: an upper bound of the
 * rows a text layout gives it when no character is wider than a cell (characters beyond ASCII count as two).
 */
final class LineWrap {

    private LineWrap() {
    }

    /**
     * The rows {@code text} takes, wrapped greedily at spaces in rows of {@code perRow} cells; a word longer
     * than a row is broken inside. Greedy wrapping takes the fewest rows, so a layout that fits more into a row
     * (narrower characters, more places to break) takes no more.
     *
     * @param text the line, without line breaks
     * @param perRow cells in a row, at least 1
     * @return 1 or more
     */
    static int rows(String text, int perRow) {
        int rows = 1;
        int used = 0;
        for (String word : text.split(" ", -1)) {
            int cells = cells(word);
            if (used > 0 && used + 1 + cells <= perRow) {
                used += 1 + cells;
                continue;
            }
            if (used > 0) {
                rows++;
            }
            if (cells == 0) {
                used = 0;
                continue;
            }
            rows += (cells - 1) / perRow;
            used = (cells - 1) % perRow + 1;
        }
        return rows;
    }

    private static int cells(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            n += word.charAt(i) < 128 ? 1 : 2;
        }
        return n;
    }
}
