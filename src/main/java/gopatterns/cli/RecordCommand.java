package gopatterns.cli;

import gopatterns.ui.I18n;
import gopatterns.ui.record.RecordFormat;
import gopatterns.ui.record.RecordJob;
import gopatterns.ui.record.RecordSettings;
import gopatterns.ui.record.Recording;
import gopatterns.ui.shell.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gopatterns record}: renders a preset's run to a GIF, an MP4 or a folder of PNGs, frame by frame on a
 * manual clock (see {@link Recording}). Needs a display for JavaFX's rendering, or Monocle's headless
 * platform where JavaFX has it.
 */
@Command(name = "record", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Renders a preset's run to an animated GIF (looping), an MP4 (H.264) or a folder of numbered PNGs, "
                    + "chosen by the name given to --out. The run is rendered frame by frame in virtual time, "
                    + "not captured from the screen: the same options give the same file every time.",
            "Needs a display (xvfb-run provides one on a machine without)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the recording was written",
            ExitCodes.USAGE + ":bad arguments; nothing was written",
            RecordCommand.NO_DISPLAY + ":no display to render on; nothing was written",
            ExitCodes.SOFTWARE + ":rendering failed; nothing was written",
            ExitCodes.CANNOT_CREATE + ":the output cannot be created; nothing was written",
            ExitCodes.IO_ERROR + ":writing the output failed; nothing was left behind",
            ExitCodes.INTERRUPTED + ":stopped with Ctrl+C; nothing was left behind"})
final class RecordCommand implements java.util.concurrent.Callable<Integer> {

    /** No display to render on (EX_UNAVAILABLE). */
    static final int NO_DISPLAY = 69;

    @Spec
    CommandSpec spec;

    @Option(names = "--page", required = true, paramLabel = "PAGE", description = "runner or pool.")
    String page;

    @Option(names = "--preset", required = true, paramLabel = "NAME",
            description = "A preset of the page: runner: book, timeout-wins, interrupt-mid-task, interrupt-too-late, "
                    + "leak, fixed; pool: at-once, spread, bounded, close-busy, flaky.")
    String preset;

    @Option(names = "--size", defaultValue = "1280x720", paramLabel = "WxH",
            description = "Frame size in pixels, 320x240 to 3840x2160 (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--fps", defaultValue = "30", paramLabel = "N",
            description = "Frames per second, 1 to 60 (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "FACTOR",
            description = "Virtual seconds per second of recording, 0.1 to 10 (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "THEME",
            description = "light, dark or projector (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "en or zh-CN (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "NAME.gif, NAME.mp4, or a folder (no extension, or a trailing /) for numbered PNGs. "
                    + "Written beside under a hidden name and moved into place at the end; an existing file is "
                    + "replaced, an existing folder must be empty.")
    String out;

    private final CliEnvironment env;
    private final Map<String, String> environment;

    RecordCommand(CliEnvironment env, Map<String, String> environment) {
        this.env = env;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        RecordSettings settings = settings();
        Theme look = theme();
        Locale locale = locale();
        checkOutput(settings.out(), RecordFormat.of(out));
        String noDisplay = noDisplay(environment, System.getProperty("glass.platform"));
        if (noDisplay != null) {
            throw new CommandFailure(NO_DISPLAY, noDisplay, null);
        }
        startFx();
        return record(settings, look, locale);
    }

    private RecordSettings settings() {
        String[] wh = size.toLowerCase(Locale.ROOT).split("x", -1);
        int w;
        int h;
        try {
            w = Integer.parseInt(wh[0]);
            h = Integer.parseInt(wh.length == 2 ? wh[1] : "");
        } catch (NumberFormatException e) {
            throw Checks.invalid(spec, "--size", "expected WIDTHxHEIGHT such as 1280x720, was '" + size + "'");
        }
        RecordSettings s = new RecordSettings(page, preset, w, h, fps, speed, Path.of(out));
        String problem = s.problem();
        if (problem != null) {
            throw Checks.invalid(spec, optionOf(problem), problem);
        }
        RecordFormat format;
        try {
            format = RecordFormat.of(out);
        } catch (IllegalArgumentException e) {
            throw Checks.invalid(spec, "--out", e.getMessage());
        }
        if (format == RecordFormat.MP4 && (w % 2 != 0 || h % 2 != 0)) {
            throw Checks.invalid(spec, "--size", "an MP4 needs an even width and height, was " + size);
        }
        return s;
    }

    private static String optionOf(String problem) {
        for (String o : List.of("size", "fps", "speed", "page", "preset")) {
            if (problem.contains(o)) {
                return "--" + o;
            }
        }
        return "--preset";
    }

    private Theme theme() {
        try {
            return Theme.valueOf(theme.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Checks.invalid(spec, "--theme", "unknown theme '" + theme + "'; themes: light, dark, projector");
        }
    }

    private Locale locale() {
        Locale l = Locale.forLanguageTag(lang);
        if (!I18n.SUPPORTED.contains(l)) {
            throw Checks.invalid(spec, "--lang", "unknown language '" + lang + "'; languages: en, zh-CN");
        }
        return l;
    }

    /** Nothing is rendered unless the output can be created: its folder exists and is writable. */
    private static void checkOutput(Path target, RecordFormat format) {
        Path dir = target.toAbsolutePath().getParent();
        String problem = null;
        if (dir == null || !Files.isDirectory(dir)) {
            problem = "the folder " + dir + " does not exist";
        } else if (!Files.isWritable(dir) || !canCreateIn(dir)) {
            problem = "the folder " + dir + " is not writable";
        } else if (format != RecordFormat.PNG_FOLDER && Files.isDirectory(target)) {
            problem = target + " is a folder";
        } else if (format == RecordFormat.PNG_FOLDER && Files.exists(target) && !emptyFolder(target)) {
            problem = target + " exists and is not an empty folder";
        }
        if (problem != null) {
            throw new CommandFailure(ExitCodes.CANNOT_CREATE, "cannot create " + target + ": " + problem, null);
        }
    }

    /** Whether a file can be made in {@code dir}: permissions alone do not say it for root, or in /proc. */
    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".gopatterns-", ".probe"));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean emptyFolder(Path p) {
        try (Stream<Path> entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why JavaFX cannot render here, in one line, or null if it can: Linux and the like need an X or Wayland
     * display, unless JavaFX runs on Monocle's headless platform.
     */
    static String noDisplay(Map<String, String> environment, String glassPlatform) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean needsDisplay = !os.contains("win") && !os.contains("mac");
        boolean hasDisplay = !environment.getOrDefault("DISPLAY", "").isEmpty()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
        if (!needsDisplay || hasDisplay || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        return NO_DISPLAY_MESSAGE;
    }

    static final String NO_DISPLAY_MESSAGE = "no display to render on (DISPLAY is not set); "
            + "xvfb-run provides one: xvfb-run -a gopatterns record ...";

    private static void startFx() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return; // in-process (tests): the toolkit is up already
        } catch (RuntimeException | Error e) {
            throw new CommandFailure(NO_DISPLAY, NO_DISPLAY_MESSAGE + " (" + e.getMessage() + ")", e);
        }
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int record(RecordSettings settings, Theme look, Locale locale) {
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            look.applyUserAgent();
            I18n.localeProperty().set(locale);
            ready.countDown();
        });
        awaitQuietly(ready);
        ProgressLine line = new ProgressLine(env.err(), settings.out());
        RecordJob job = RecordJob.start(settings, look.stylesheets(), line::frame);
        // Ctrl+C: the job stops before its next frame and deletes what it wrote; the command exits 130. Any other
        // end of the process (SIGTERM) deletes it from a shutdown hook.
        Thread hook = new Thread(() -> job.abandon(2000));
        Runtime.getRuntime().addShutdownHook(hook);
        try (InterruptSource.Listening ctrlC = env.interrupts().listen(job::cancel)) {
            Recording r = job.result().get();
            line.done(r);
            return 0;
        } catch (CancellationException e) {
            line.cancelled();
            return ExitCodes.INTERRUPTED;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            line.failed();
            int status = cause instanceof IOException ? ExitCodes.IO_ERROR : ExitCodes.SOFTWARE;
            throw new CommandFailure(status, "recording failed, nothing was written: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            return ExitCodes.INTERRUPTED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the job itself
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
