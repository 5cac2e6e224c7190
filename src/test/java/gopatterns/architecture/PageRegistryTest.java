package gopatterns.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gopatterns.clock.VirtualClock;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.shell.Lessons;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The list of pages ({@link Lessons}) is the one place that names them: every page in it has what the app
 * needs of a page (bundles in both languages, a shortcut, presets that agree with the page's own), and the
 * rest of the app reaches the pages only through it.
 */
class PageRegistryTest {

    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src", "main", "java");
    private static final String REGISTRY = Lessons.class.getName();

    private static VirtualClock clock;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // a page's model has a frame timer
        clock = VirtualClock.manual();
    }

    @AfterAll
    static void closeClock() {
        clock.close();
    }

    @Test
    void pagesAndPresetsHaveNamesOfTheirOwnAndEveryPageAShortcut() {
        List<String> ids = Lessons.pageIds();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+"));
        assertThat(ids.size()).as("pages with a Ctrl+digit shortcut").isBetween(1, Lessons.MAX_PAGES);
        List<String> presets = Lessons.all().stream().flatMap(l -> l.presets().stream()).toList();
        assertThat(presets).as("--preset names a preset alone").doesNotHaveDuplicates();
    }

    @Test
    void aPageMadeFromTheListIsThatPageWithThosePresets() {
        for (Lessons.Lesson lesson : Lessons.all()) {
            Page page = lesson.create(clock);
            try {
                assertThat(page.id()).isEqualTo(lesson.page());
                assertThat(page.presets()).extracting(Preset::id)
                        .as("the presets of " + lesson.page())
                        .isNotEmpty()
                        .containsExactlyElementsOf(lesson.presets().stream().map(lesson::presetId).toList());
            } finally {
                page.model().dispose();
            }
        }
    }

    @Test
    void everyPageHasItsBundleInEnglishAndChineseWithItsTitleAndShortcut() {
        for (Lessons.Lesson lesson : Lessons.all()) {
            Properties en = bundle(lesson, "");
            Properties zh = bundle(lesson, "_zh_CN");
            assertThat(zh.stringPropertyNames()).as(lesson.bundle() + " in Chinese")
                    .isEqualTo(en.stringPropertyNames());
            assertThat(en.stringPropertyNames()).as(lesson.bundle())
                    .contains(lesson.titleKey(), lesson.shortcutKey());
        }
    }

    @Test
    void theModuleExportsEveryPagesViewToJavaFx() throws IOException {
        String module = Files.readString(SOURCES.resolve("module-info.java"));
        for (Lessons.Lesson lesson : Lessons.all()) {
            assertThat(module).as("module-info.java: JavaFX's CSS reads the page's styleable properties")
                    .contains("exports " + lesson.uiPackage() + " to javafx.graphics;");
        }
    }

    /** Only the list makes pages: the window, recordings and the command line go through it. */
    @Test
    void onlyTheListAndThePageItselfUseAPagesView() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gopatterns");
        for (Lessons.Lesson lesson : Lessons.all()) {
            noClasses().that().resideOutsideOfPackages(lesson.uiPackage() + "..")
                    .and().doNotHaveFullyQualifiedName(REGISTRY)
                    .should().dependOnClassesThat().resideInAPackage(lesson.uiPackage() + "..")
                    .because("a page is added in one place, " + Lessons.class.getSimpleName())
                    .check(classes);
        }
    }

    /**
     * No page's id, nor an id under it ({@code pool.spread}), is written out in the app's code outside the list
     * and the page's own packages: code that switches on a page reads the list instead. Comments aside, and the
     * command line's subcommands, which are named after their patterns on purpose.
     */
    @Test
    void noPageIdIsWrittenOutOutsideTheListAndThePagesOwnPackages() throws IOException {
        String ids = String.join("|", Lessons.pageIds());
        Pattern literal = Pattern.compile("\"(" + ids + ")(\\.[^\"]*)?\"");
        Pattern subcommand = Pattern.compile("@Command\\(name = \"(" + ids + ")\"");
        Set<Path> own = new HashSet<>();
        for (Lessons.Lesson lesson : Lessons.all()) {
            lesson.packages().forEach(p -> own.add(SOURCES.resolve(p.replace('.', '/'))));
        }
        Path registry = SOURCES.resolve(REGISTRY.replace('.', '/') + ".java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.equals(registry) || own.stream().anyMatch(file::startsWith)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String code = withoutComment(lines.get(i));
                    if (literal.matcher(code).find() && !subcommand.matcher(code).find()) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + code.strip());
                    }
                }
            }
        }
        assertThat(found).as("page ids written out; read them from " + Lessons.class.getSimpleName()).isEmpty();
    }

    /** The line without a line comment, or empty for a line of a block comment. */
    private static String withoutComment(String line) {
        String s = line.strip();
        if (s.startsWith("*") || s.startsWith("/*") || s.startsWith("//")) {
            return "";
        }
        int comment = line.indexOf("// ");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private static Properties bundle(Lessons.Lesson lesson, String suffix) {
        String name = "/" + lesson.bundle().replace('.', '/') + suffix + ".properties";
        try (InputStream in = Lessons.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
