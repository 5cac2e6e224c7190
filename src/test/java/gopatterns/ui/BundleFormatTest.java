package gopatterns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.shell.Lessons;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of every bundle, in both languages, formatted as the app formats it, with arguments a run
 * can bring (quotes, apostrophes, braces, big numbers): no argument may be swallowed, no apostrophe lost,
 * no {@code {n}} left over; and Chinese has exactly the keys of English.
 */
class BundleFormatTest {

    /** The folder of every bundle, as the list of pages names them: {@code /gopatterns/ui/}, ... */
    private static final List<String> SETS = Lessons.bundles().stream().map(BundleFormatTest::folder).toList();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");
    /** A text argument as an error message can bring it: an apostrophe, quotes and braces. */
    private static final String TRICKY = "it's \"x\" {y}";

    static Stream<Arguments> sets() {
        return SETS.stream().flatMap(set -> Stream.of(Arguments.of(set, Locale.ENGLISH),
                Arguments.of(set, Locale.SIMPLIFIED_CHINESE)));
    }

    static Stream<String> setNames() {
        return SETS.stream();
    }

    private static Properties load(String set, Locale locale) throws IOException {
        String name = set + (locale.equals(Locale.ENGLISH) ? "messages.properties" : "messages_zh_CN.properties");
        try (InputStream in = I18n.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @ParameterizedTest
    @MethodSource("setNames")
    void chineseHasTheKeysOfEnglish(String set) throws IOException {
        assertThat(load(set, Locale.SIMPLIFIED_CHINESE).stringPropertyNames())
                .isEqualTo(load(set, Locale.ENGLISH).stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyMessageFormatsWithEveryArgument(String set, Locale locale) throws IOException {
        Properties bundle = load(set, locale);
        List<String> wrong = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            if (pattern.indexOf('{') < 0) {
                // Shown as written (I18n.get): an apostrophe is written once.
                if (pattern.contains("''")) {
                    wrong.add(key + ": '' in a message without arguments shows two apostrophes");
                }
                continue;
            }
            MessageFormat format;
            try {
                format = new MessageFormat(pattern, locale);
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": does not parse: " + e.getMessage());
                continue;
            }
            Format[] formats = format.getFormatsByArgumentIndex();
            Object[] tricky = new Object[formats.length];
            Object[] plain = new Object[formats.length];
            for (int i = 0; i < formats.length; i++) {
                boolean number = formats[i] instanceof NumberFormat;
                tricky[i] = number ? 1234567.5 : TRICKY + i;
                plain[i] = number ? 7 : "arg" + i;
            }
            String text = format.format(tricky);
            if (PLACEHOLDER.matcher(text.replace(TRICKY, "")).find()) {
                wrong.add(key + ": a placeholder is left in \"" + text + "\"");
            }
            for (int i = 0; i < formats.length; i++) {
                if (formats[i] == null && pattern.contains("{" + i) && !text.contains(TRICKY + i)) {
                    wrong.add(key + ": argument " + i + " is swallowed in \"" + text + "\"");
                }
            }
            // Every apostrophe the reader should see is there: '' gives one, a lone one quotes text away.
            long expected = apostrophes(pattern.replace("''", "\u0000")) == 0
                    ? pattern.chars().filter(c -> c == '\'').count() / 2
                    : -1;
            long shown = apostrophes(format.format(plain));
            if (expected != shown) {
                wrong.add(key + ": apostrophes lost in \"" + format.format(plain) + "\"");
            }
        }
        assertThat(wrong).as(set + " " + locale).isEmpty();
    }

    private static long apostrophes(String s) {
        return s.chars().filter(c -> c == '\'').count();
    }

    /** The resource folder of a bundle's base name: {@code gopatterns.ui.pool.messages} is in {@code /gopatterns/ui/pool/}. */
    private static String folder(String bundleBase) {
        return "/" + bundleBase.substring(0, bundleBase.lastIndexOf('.') + 1).replace('.', '/');
    }

    /** Chinese says 工作者 for a worker everywhere, with no stray spaces, and the help names the tabs as shown. */
    @ParameterizedTest
    @MethodSource("setNames")
    void chineseNamesThingsOneWayAndWithoutStraySpaces(String set) throws IOException {
        Properties zh = load(set, Locale.SIMPLIFIED_CHINESE);
        List<String> wrong = new ArrayList<>();
        Pattern english = Pattern.compile("\\bworkers?\\b");
        Pattern stray = Pattern.compile("\\p{IsHan} 工作者|工作者 \\p{IsHan}");
        for (String key : zh.stringPropertyNames()) {
            String text = zh.getProperty(key);
            if (english.matcher(text).find() || stray.matcher(text).find()) {
                wrong.add(key + "=" + text);
            }
        }
        assertThat(wrong).isEmpty();
        for (Lessons.Lesson page : Lessons.all()) {
            if (set.equals(folder(page.bundle()))) {
                assertThat(zh.getProperty(page.shortcutKey())).as("the help names the page as its switch does")
                        .contains(zh.getProperty(page.titleKey()));
            }
        }
    }
}
