package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled Chinese font draws every character the app can show in Chinese: every message of every bundle
 * (the zh-CN ones above all) and the texts written in the UI's sources, such as the menu's
 * 简体中文. When a string changes, src/build/subset-cjk-font.sh regenerates the font; until then this test names
 * what is missing.
 */
class BundledFontTest {

    private static Font font;

    @BeforeAll
    static void readFont() throws Exception {
        try (InputStream in = BundledFont.class.getResourceAsStream(BundledFont.RESOURCE)) {
            assertThat(in).as("the font is in the build").isNotNull();
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        return files(Path.of("resources"), suffix);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String missing(String text) {
        TreeSet<String> missing = new TreeSet<>();
        text.codePoints().filter(c -> !Character.isISOControl(c) && !font.canDisplay(c))
                .forEach(c -> missing.add(Character.toString(c) + " U+" + Integer.toHexString(c).toUpperCase()));
        return String.join(", ", missing);
    }

    @Test
    void everyCharacterOfEveryChineseBundleIsInTheFont() throws IOException {
        List<Path> bundles = files("messages_zh_CN.properties");
        assertThat(bundles).hasSize(3);
        for (Path bundle : bundles) {
            Properties messages = new Properties();
            try (Reader r = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                messages.load(r);
            }
            assertThat(messages).isNotEmpty();
            StringBuilder all = new StringBuilder();
            messages.forEach((k, v) -> all.append(v));
            assertThat(missing(all.toString())).as("characters of %s missing from the font", bundle).isEmpty();
        }
    }

    @Test
    void theTextsOfEveryOtherBundleAreInTheFontToo() throws IOException {
        for (Path file : files(".properties")) {
            assertThat(missing(Files.readString(file))).as("characters of %s missing from the font", file).isEmpty();
        }
        assertThat(font.canDisplay('简')).isTrue();
    }

    /** Texts written in the UI's code, such as the Language menu's 简体中文, as the subset script collects them. */
    @Test
    void theTextsWrittenInTheUiSourcesAreInTheFontToo() throws IOException {
        List<Path> sources = files(Path.of("src/main/java/gopatterns/ui"), ".java");
        assertThat(sources).isNotEmpty();
        StringBuilder cjk = new StringBuilder();
        for (Path file : sources) {
            String text = Files.readString(file);
            assertThat(missing(text)).as("characters of %s missing from the font", file).isEmpty();
            text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    .forEach(cjk::appendCodePoint);
        }
        assertThat(cjk.toString()).as("the Language menu's own name for Chinese").contains("简体中文");
    }

    @Test
    void theFontIsTrueTypeSmallAndNamedAsTheCssAsks() throws IOException {
        assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo(BundledFont.FAMILY);
        byte[] bytes;
        try (InputStream in = BundledFont.class.getResourceAsStream(BundledFont.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        // TrueType outlines (0x00010000), not CFF ("OTTO"), which JavaFX does not draw everywhere.
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2], bytes[3]}).containsExactly(0, 1, 0, 0);
        assertThat(bytes.length).isLessThan(2 * 1024 * 1024);
        assertThat(Files.readString(Path.of("resources/gopatterns/ui/fonts/OFL.txt")))
                .contains("SIL OPEN FONT LICENSE Version 1.1");
        assertThat(Files.readString(Path.of("resources/gopatterns/ui/shell/shell.css"))).contains(BundledFont.FAMILY);
    }
}
