package gopatterns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * JavaFX loads {@code x.bss} instead of {@code x.css} when both are there (the build writes them:
 * {@code src/build/CssToBinary.java}). A binary stylesheet that lagged behind its source would show the old looks,
 * so each must hold exactly the rules of the stylesheet beside it.
 */
class BinaryStylesheetsTest {

    @Test
    void everyStylesheetHasABinaryFormWithItsRules() throws IOException {
        List<Path> sheets;
        Path resources = Path.of("resources");
        try (Stream<Path> files = Files.walk(resources)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).as("stylesheets under resources/").hasSizeGreaterThan(5);
        for (Path css : sheets) {
            String name = resources.relativize(css).toString().replace('\\', '/');
            URL bss = getClass().getResource("/" + name.substring(0, name.length() - ".css".length()) + ".bss");
            assertThat(bss).as("binary form of %s on the class path", name).isNotNull();
            Stylesheet parsed = new CssParser().parse(css.toUri().toURL());
            Stylesheet binary = Stylesheet.loadBinary(bss);
            assertThat(rules(binary)).as("rules of %s's binary form", name).isEqualTo(rules(parsed));
        }
    }

    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream()
                .map(r -> r.getSelectors() + " {" + r.getDeclarations().stream()
                        .map(d -> d.getProperty() + ": " + value(d.getParsedValue()) + (d.isImportant() ? " !" : ""))
                        .toList() + "}")
                .toList();
    }

    /** A value written out whole: nested values and arrays of them (toString() gives some arrays' identities). */
    private static String value(Object v) {
        if (v instanceof ParsedValue<?, ?> parsed) {
            Object converter = parsed.getConverter();
            return "(" + value(parsed.getValue()) + (converter == null ? "" : " as " + converter.getClass().getName()) + ")";
        }
        if (v instanceof Object[] array) {
            return Arrays.stream(array).map(BinaryStylesheetsTest::value).toList().toString();
        }
        return String.valueOf(v);
    }
}
