package gopatterns.ui.screen;

import gopatterns.ui.I18n;
import gopatterns.ui.shell.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A classroom screen the screen tests look at: its window size in logical px, theme, language, and the smallest
 * text that stays readable there. {@code index} numbers the screens of one test, for {@link ScreenSample}.
 */
public record ClassroomScreen(int index, int width, int height, Theme theme, Locale locale, double minTextPx) {

    /** A window size and theme, before a language is chosen. */
    public record Kind(int width, int height, Theme theme, double minTextPx) {}

    /** The 1280x720 projector: the smallest text at 12 px. */
    public static final Kind PROJECTOR_1280X720 = new Kind(1280, 720, Theme.PROJECTOR, 12);
    public static final Kind LIGHT_1024X768 = new Kind(1024, 768, Theme.LIGHT, 10);
    public static final Kind DARK_1920X1080 = new Kind(1920, 1080, Theme.DARK, 10);
    /** 2560x1440 at 200%: JavaFX lays out in logical pixels. */
    public static final Kind LIGHT_200_PERCENT = new Kind(1280, 720, Theme.LIGHT, 10);

    /** Each kind in English, then each in Chinese, numbered in that order. */
    public static List<ClassroomScreen> inBothLanguages(Kind... kinds) {
        List<ClassroomScreen> out = new ArrayList<>();
        for (Locale locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            for (Kind k : kinds) {
                out.add(new ClassroomScreen(out.size(), k.width(), k.height(), k.theme(), locale, k.minTextPx()));
            }
        }
        return out;
    }

    /** The smallest screens of a class, 1024x768 light and the 1280x720 projector, in both languages. */
    public static List<ClassroomScreen> smallest() {
        return inBothLanguages(LIGHT_1024X768, PROJECTOR_1280X720);
    }

    @Override
    public String toString() {
        return width + "x" + height + " " + theme.name().toLowerCase(Locale.ROOT) + " " + locale.toLanguageTag();
    }
}
