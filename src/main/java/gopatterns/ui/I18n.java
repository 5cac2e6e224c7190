package gopatterns.ui;

import gopatterns.ui.shell.Lessons;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The app's language: one locale for every window, and one bundle that joins the message files of the
 * shell and of each page, as the list of pages ({@link Lessons#bundles()}) names them (each page keeps its
 * strings beside it). Views are rebuilt from their models when the locale changes, so every visible string
 * comes from here at build time.
 */
public final class I18n {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, CHINESE);

    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(ENGLISH);
    private static ResourceBundle bundle;
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private I18n() {
    }

    /** The app's locale; listen to it to rebuild what shows text. FX thread. */
    public static ObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    public static Locale locale() {
        return LOCALE.get();
    }

    /** Every message of the current language, as one bundle. */
    public static synchronized ResourceBundle bundle() {
        if (bundle == null || !bundle.getLocale().equals(LOCALE.get())) {
            bundle = new Joined(LOCALE.get());
        }
        return bundle;
    }

    /**
     * The message for {@code key}, formatted with {@code args} as {@link MessageFormat} does. A message
     * without any {@code {n}} is returned as written, whatever the arguments: only messages with arguments
     * write a literal apostrophe as {@code ''} (the bundles' rule, checked by a test).
     *
     * @throws MissingResourceException if no bundle has {@code key}
     */
    public static String get(String key, Object... args) {
        ResourceBundle b = bundle();
        if (args.length == 0 || b.getString(key).indexOf('{') < 0) {
            return b.getString(key);
        }
        // Views format some messages twenty times a second: parse each pattern once per language.
        MessageFormat format = FORMATS.computeIfAbsent(b.getLocale() + "/" + key,
                k -> new MessageFormat(b.getString(key), b.getLocale()));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The message for {@code key}, or null if there is none; for optional texts. */
    public static String find(String key) {
        ResourceBundle b = bundle();
        return b.containsKey(key) ? b.getString(key) : null;
    }

    /** The files of every base name, joined; a key defined twice keeps its first value. */
    private static final class Joined extends ResourceBundle {
        private final Locale locale;
        private final List<ResourceBundle> parts = new ArrayList<>();

        Joined(Locale locale) {
            this.locale = locale;
            for (String base : Lessons.bundles()) {
                try {
                    parts.add(ResourceBundle.getBundle(base, locale, I18n.class.getModule()));
                } catch (MissingResourceException e) {
                    // A view without messages yet.
                }
            }
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        protected Object handleGetObject(String key) {
            for (ResourceBundle b : parts) {
                if (b.containsKey(key)) {
                    return b.getObject(key);
                }
            }
            return null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (ResourceBundle b : parts) {
                keys.addAll(b.keySet());
            }
            return Collections.enumeration(keys);
        }
    }
}
