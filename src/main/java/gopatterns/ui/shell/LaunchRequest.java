package gopatterns.ui.shell;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What the command line asks the window to open on, for this launch only: the settings remembered from the
 * last time stay as they were unless the user changes the same thing in the window. A null field means "as
 * remembered".
 *
 * @param page     a page id of {@link Lessons}, or null
 * @param presetId a preset id such as {@code runner.leak} on {@code page}, or null
 * @param theme    the theme, or null
 * @param locale   one of {@link gopatterns.ui.I18n#SUPPORTED}, or null
 * @param start    start a run as soon as the window shows
 * @param trace    a trace file to open in review mode once the window shows (on its own page), or null
 * @throws IllegalArgumentException if a preset is given without its page
 */
public record LaunchRequest(String page, String presetId, Theme theme, Locale locale, boolean start, Path trace) {

    public LaunchRequest {
        if (presetId != null && (page == null || !presetId.startsWith(page + "."))) {
            throw new IllegalArgumentException("preset " + presetId + " is not on page " + page);
        }
    }

    /** A lesson to open, without a trace. */
    public LaunchRequest(String page, String presetId, Theme theme, Locale locale, boolean start) {
        this(page, presetId, theme, locale, start, null);
    }

    /** Opens the window as it was left, showing the run recorded in {@code trace}. */
    public static LaunchRequest openTrace(Path trace) {
        return new LaunchRequest(null, null, null, null, false, trace);
    }

    /** Opens the window as it was left. */
    public static final LaunchRequest REMEMBERED = new LaunchRequest(null, null, null, null, false);
}
