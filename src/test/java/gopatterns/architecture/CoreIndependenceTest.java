package gopatterns.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import gopatterns.ui.shell.Lessons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core (virtual clock, events, the run's history and what views fold from it, runner, pool and their
 * demos) is plain Java: it must run, and be tested, without JavaFX, so that the CLI and the benchmarks use
 * exactly the code that the app animates. Which packages those are, and which are each page's own, the list
 * of pages ({@link Lessons}) says.
 *
 * <p>The rules check the compiled classes; {@link #coreSourcesImportNoUiToolkit()} also catches an
 * import that the compiler drops because nothing uses it.
 */
@AnalyzeClasses(packages = "gopatterns", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIndependenceTest {

    /** Clock, events, history (with every page's folds) and each pattern itself: the list of pages says which. */
    static final List<String> CORE_PACKAGES = Lessons.toolkitFreePackages();

    static final List<String> UI_TOOLKIT_PACKAGES = List.of(
            "javafx", "com.sun.javafx", "com.sun.glass", "com.sun.prism", "org.controlsfx", "atlantafx", "org.kordamp.ikonli");

    @ArchTest
    static final ArchRule core_does_not_depend_on_javafx = noClasses()
            .that().resideInAnyPackage(subpackagePatterns(CORE_PACKAGES))
            .should().dependOnClassesThat().resideInAnyPackage(subpackagePatterns(UI_TOOLKIT_PACKAGES))
            .because("the core must run without JavaFX (CLI, tests, benchmarks)");

    @ArchTest
    static final ArchRule core_does_not_depend_on_ui_or_cli = noClasses()
            .that().resideInAnyPackage(subpackagePatterns(CORE_PACKAGES))
            .should().dependOnClassesThat().resideInAnyPackage("gopatterns.ui..", "gopatterns.cli..")
            .because("the user interfaces depend on the core, never the other way round");

    /**
     * A page's own packages (its pattern, folds and view) do not depend on another page's: each page can be
     * added, changed or taken out alone.
     */
    @ArchTest
    static void no_page_depends_on_another_page(JavaClasses classes) {
        for (Lessons.Lesson page : Lessons.all()) {
            for (Lessons.Lesson other : Lessons.all()) {
                if (other != page) {
                    noClasses().that().resideInAnyPackage(subpackagePatterns(page.packages()))
                            .should().dependOnClassesThat().resideInAnyPackage(subpackagePatterns(other.packages()))
                            .because("the " + page.page() + " page stands alone; what pages share is in common packages")
                            .check(classes);
                }
            }
        }
    }

    private static final Pattern UI_TOOLKIT_IMPORT = Pattern.compile(
            "^\\s*import\\s+(static\\s+)?(" + String.join("|", UI_TOOLKIT_PACKAGES).replace(".", "\\.") + ")\\.");

    @Test
    void coreSourcesImportNoUiToolkit() throws IOException {
        Path sources = Path.of(System.getProperty("basedir", "."), "src", "main", "java");
        assertThat(sources).isDirectory();

        List<String> offending = new ArrayList<>();
        for (String corePackage : CORE_PACKAGES) {
            Path dir = sources.resolve(corePackage.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    List<String> lines = readLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (UI_TOOLKIT_IMPORT.matcher(lines.get(i)).find()) {
                            offending.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                });
            }
        }
        assertThat(offending).as("UI toolkit imports in core packages").isEmpty();
    }

    private static String[] subpackagePatterns(List<String> packages) {
        return packages.stream().map(p -> p + "..").toArray(String[]::new);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
