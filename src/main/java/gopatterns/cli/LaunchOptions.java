package gopatterns.cli;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Preset;
import gopatterns.ui.shell.LaunchRequest;
import gopatterns.ui.shell.Lessons;
import gopatterns.ui.shell.Theme;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that open the window straight on a lesson: {@code --page}, {@code --preset}, {@code --theme},
 * {@code --lang}, {@code --start}, and {@code --list-presets}. They are checked before JavaFX starts: an unknown
 * value is a usage error that lists the valid ones, and no window opens.
 */
final class LaunchOptions {

    @Option(names = "--page", paramLabel = "PAGE",
            description = "open the window on this page: runner or pool")
    String page;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "set the page's parameters to this preset (--list-presets lists them); "
                    + "without --page, the preset's own page opens")
    String preset;

    @Option(names = "--theme", paramLabel = "THEME", description = "light, dark or projector")
    String theme;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or zh-CN")
    String lang;

    @Option(names = "--start", description = "start the run as soon as the window shows")
    boolean start;

    @Option(names = "--list-presets", description = "list every page's presets, then exit")
    boolean listPresets;

    /**
     * The request these options make.
     *
     * @throws ParameterException naming the option and its valid values, if a value is unknown
     */
    LaunchRequest request(CommandLine line) {
        Lessons.Lesson lesson = page == null ? null : Lessons.page(page).orElseThrow(() -> bad(line,
                "unknown page '" + page + "' for --page; valid: " + String.join(", ", Lessons.pageIds())));
        String presetId = null;
        if (preset != null) {
            lesson = lessonOfPreset(line, lesson);
            presetId = lesson.presetId(shortName(preset));
        }
        return new LaunchRequest(lesson == null ? null : lesson.page(), presetId, theme(line), locale(line), start);
    }

    private Lessons.Lesson lessonOfPreset(CommandLine line, Lessons.Lesson given) {
        String name = shortName(preset);
        Optional<Lessons.Lesson> found = given != null
                ? Optional.of(given).filter(l -> l.presets().contains(name))
                : Lessons.pageOfPreset(name);
        // "runner.leak" (the preset's full id) is accepted as well as "leak", on its own page only.
        if (preset.contains(".") && found.isPresent() && !preset.equals(found.get().presetId(name))) {
            found = Optional.empty();
        }
        return found.orElseThrow(() -> bad(line, "unknown preset '" + preset + "' for --preset"
                + (given == null ? "" : " on page " + given.page()) + "; valid: " + validPresets(given)));
    }

    private static String shortName(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    private static String validPresets(Lessons.Lesson only) {
        List<Lessons.Lesson> lessons = only == null ? Lessons.all() : List.of(only);
        return lessons.stream().map(l -> (only == null ? l.page() + ": " : "") + String.join(", ", l.presets()))
                .collect(Collectors.joining("; "));
    }

    private Theme theme(CommandLine line) {
        if (theme == null) {
            return null;
        }
        return Arrays.stream(Theme.values()).filter(t -> name(t).equals(theme)).findFirst().orElseThrow(() ->
                bad(line, "unknown theme '" + theme + "' for --theme; valid: "
                        + Arrays.stream(Theme.values()).map(LaunchOptions::name).collect(Collectors.joining(", "))));
    }

    private static String name(Theme t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    private Locale locale(CommandLine line) {
        if (lang == null) {
            return null;
        }
        return I18n.SUPPORTED.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(lang)).findFirst()
                .orElseThrow(() -> bad(line, "unknown language '" + lang + "' for --lang; valid: "
                        + I18n.SUPPORTED.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "))));
    }

    private static ParameterException bad(CommandLine line, String message) {
        return new ParameterException(line, message);
    }

    /**
     * Prints one line per preset: page, short name and title (in {@code --lang}'s language, else English),
     * so that a launcher can be written from it.
     */
    void printPresets(CommandLine line, PrintWriter out) {
        Locale locale = locale(line);
        Locale before = I18n.locale();
        I18n.localeProperty().set(locale == null ? I18n.ENGLISH : locale);
        try {
            int width = Lessons.all().stream().flatMap(l -> l.presets().stream())
                    .mapToInt(String::length).max().orElse(0);
            for (Lessons.Lesson l : Lessons.all()) {
                for (String name : l.presets()) {
                    String title = new Preset(l.presetId(name), () -> { }).title();
                    out.printf("--page %-6s --preset %-" + width + "s  %s%n", l.page(), name, title);
                }
            }
            out.flush();
        } finally {
            I18n.localeProperty().set(before);
        }
    }
}
