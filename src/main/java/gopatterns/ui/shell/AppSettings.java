package gopatterns.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the app remembers between launches, as a small properties file in the user's configuration
 * directory ({@code $XDG_CONFIG_HOME/gopatterns} or {@code ~/.config/gopatterns}; the system property
 * {@code gopatterns.config.dir} overrides it). A missing or broken file means defaults; a file that cannot
 * be written is reported, never fatal.
 */
public final class AppSettings {

    private static final String FILE = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    public AppSettings(Path dir) {
        this.file = dir.resolve(FILE);
    }

    /** The user's settings in the usual place. */
    public static AppSettings forUser() {
        String override = System.getProperty("gopatterns.config.dir");
        if (override != null && !override.isBlank()) {
            return new AppSettings(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new AppSettings(base.resolve("gopatterns"));
    }

    public Path file() {
        return file;
    }

    /** Reads the file if there is one; a broken file is ignored (defaults apply). */
    public AppSettings load() {
        values.clear();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
        return this;
    }

    /** Writes the file atomically. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Properties sorted = new Properties() {
                    @Override
                    public synchronized java.util.Set<Map.Entry<Object, Object>> entrySet() {
                        return new java.util.TreeMap<>(values).entrySet();
                    }
                };
                sorted.putAll(values);
                sorted.store(out, "gopatterns settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The value of {@code key} as a boolean ("true" or "false"); anything else gives {@code fallback}. */
    public boolean getBoolean(String key, boolean fallback) {
        String v = values.getProperty(key, "");
        return v.equals("true") || !v.equals("false") && fallback;
    }

    public void put(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    /** Every entry whose key starts with {@code prefix + "."}, with the prefix taken off. */
    public Map<String, String> section(String prefix) {
        Map<String, String> out = new HashMap<>();
        String p = prefix + ".";
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(p)) {
                out.put(key.substring(p.length()), values.getProperty(key));
            }
        }
        return out;
    }

    public void putSection(String prefix, Map<String, String> entries) {
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            values.setProperty(prefix + "." + e.getKey(), e.getValue());
        }
    }
}
