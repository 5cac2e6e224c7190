package gopatterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's start-up cache (src/build/jlink): the launcher uses it, and starts as well without it, when it
 * is missing, damaged or made by another runtime. Runs only once the image has been built
 * ({@code mvn -DskipTests javafx:jlink}), against {@code target/gopatterns}, which it leaves as it was: the
 * cases without a usable cache run a copy of the launcher script beside a {@code lib} folder of their own
 * (its {@code java} is a link to the image's, so the JVM is still the image's).
 */
class ImageStartupCacheTest {

    static final Path IMAGE = Path.of(System.getProperty("basedir", "."), "target", "gopatterns");
    static final String CACHE = "gopatterns.aot";

    @TempDir
    Path dir;

    Path launcher;

    @BeforeEach
    void needsTheImage() throws IOException {
        assumeTrue(Files.isExecutable(IMAGE.resolve("bin/gopatterns")), "no image: mvn -DskipTests javafx:jlink");
        assumeTrue(Files.isRegularFile(IMAGE.resolve("lib").resolve(CACHE)), "the image was built without a cache");
        Path bin = Files.createDirectories(dir.resolve("image/bin"));
        Files.createDirectories(dir.resolve("image/lib"));
        launcher = Files.copy(IMAGE.resolve("bin/gopatterns"), bin.resolve("gopatterns"));
        Files.createSymbolicLink(bin.resolve("java"), IMAGE.resolve("bin/java").toAbsolutePath());
    }

    record Result(int status, String out, String err) {
    }

    private Result run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended within 60 s").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /** -XX:AOTMode=on makes the JVM refuse to start unless it can use the cache that the launcher names. */
    private static final Map<String, String> CACHE_REQUIRED = Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on");

    @Test
    void theImagesLauncherUsesTheCache() throws Exception {
        Result r = run(IMAGE.resolve("bin/gopatterns"), CACHE_REQUIRED, "--list-presets");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("--page runner --preset book");
    }

    @Test
    void withoutTheCacheTheLauncherStartsAndSaysNothingAboutIt() throws Exception {
        assertThat(run(launcher, CACHE_REQUIRED, "--list-presets").status()).as("the cache is really missing")
                .isNotZero();

        assertStartsWithoutComplaint();
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        byte[] cache = Files.readAllBytes(IMAGE.resolve("lib").resolve(CACHE));
        Files.write(dir.resolve("image/lib").resolve(CACHE), java.util.Arrays.copyOf(cache, cache.length / 3));
        assertThat(run(launcher, CACHE_REQUIRED, "--list-presets").status()).as("the cache is really unusable")
                .isNotZero();

        assertStartsWithoutComplaint();
    }

    @Test
    void aCacheOfAnotherRuntimeIsIgnored() throws Exception {
        // The JDK's own class-data archive: a good archive, but of another runtime image and class path.
        Path other = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
        assumeTrue(Files.isRegularFile(other), "this JDK has no default archive");
        Files.copy(other, dir.resolve("image/lib").resolve(CACHE));
        assertThat(run(launcher, CACHE_REQUIRED, "--list-presets").status()).as("the cache is really unusable")
                .isNotZero();

        assertStartsWithoutComplaint();
    }

    private void assertStartsWithoutComplaint() throws Exception {
        Result list = run(launcher, Map.of(), "--list-presets");
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("--page runner --preset book");
        assertThat(list.err()).isEmpty();

        Result runner = run(launcher, Map.of(), "runner", "--timeout", "0s");
        assertThat(runner.status()).as(runner.err()).isEqualTo(1);
        assertThat(runner.out()).isEmpty();
        assertThat(runner.err()).endsWith("Terminating due to timeout.\n").doesNotContainIgnoringCase("aot");
    }
}
