import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (pom.xml, execution {@code binary-css}): writes every stylesheet under the resources folder also in
 * JavaFX's binary form ({@code .bss}) beside its copy in the classes folder. JavaFX loads {@code x.bss} in place
 * of {@code x.css} when both are there, which skips parsing the stylesheets before the first frame (the JavaFX and
 * AtlantaFX themes ship theirs the same way).
 *
 * <pre>java -classpath CLASSPATH src/build/CssToBinary.java RESOURCES_DIR CLASSES_DIR</pre>
 */
public final class CssToBinary {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CssToBinary RESOURCES_DIR CLASSES_DIR");
            System.exit(64);
        }
        Path resources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(resources)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String relative = resources.relativize(css).toString();
            Path bss = classes.resolve(relative.substring(0, relative.length() - ".css".length()) + ".bss");
            Files.createDirectories(bss.getParent());
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("binary stylesheets: " + sheets.size() + " written to " + classes);
    }
}
