package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app in a process of its own (headless, as the tests run): closing its window mid-run ends the
 * process within a second, on its own, so no non-daemon thread was left behind.
 */
class AppExitProcessTest {

    static final long EXIT_LIMIT_MILLIS = 1_000;

    @TempDir
    Path dir;

    @Test
    void closingTheWindowEndsTheProcessWithinASecond() throws Exception {
        Path err = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED",
                "-Dgopatterns.config.dir=" + dir.resolve("config")));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless")) {
            command.add("-D" + p + "=" + System.getProperty(p, defaultOf(p)));
        }
        command.add(CloseAfterShowLauncher.class.getName());
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("read failed: " + e);
            }
        });
        try {
            String line;
            do {
                line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("the app's window never came up; stderr:\n" + read(err)).isNotNull();
            } while (!line.equals(CloseAfterShowLauncher.CLOSING));
            long closing = System.nanoTime();
            boolean exited = process.waitFor(10, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closing);
            System.out.printf("AppExitProcessTest: the process ended %d ms after its window was closed%n", millis);
            assertThat(exited).as("process still alive 10 s after its window closed; stderr:\n" + read(err)).isTrue();
            assertThat(process.exitValue()).as(read(err)).isZero();
            assertThat(millis).as("ms from close to exit").isLessThan(EXIT_LIMIT_MILLIS);
            // Shut down properly on the way out: the settings were saved.
            assertThat(dir.resolve("config").resolve("settings.properties")).exists();
        } finally {
            process.destroyForcibly();
        }
    }

    private static String defaultOf(String property) {
        return switch (property) {
            case "glass.platform" -> "Monocle";
            case "monocle.platform" -> "Headless";
            case "prism.order" -> "sw";
            default -> "true";
        };
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
