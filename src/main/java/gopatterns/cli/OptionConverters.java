package gopatterns.cli;

import gopatterns.event.GoDuration;
import gopatterns.pool.PoolMode;
import gopatterns.runner.RunnerMode;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How option values are read: durations as Go writes them, modes by their short names. */
final class OptionConverters {

    private OptionConverters() {
    }

    /** {@code 3s}, {@code 500ms}, {@code 1.5s}, {@code 1m30s}; never negative. */
    static final class GoDurations implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return GoDuration.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** One of a few names, in any case; also the list of names that the help shows. */
    abstract static class Choice<T> implements ITypeConverter<T>, Iterable<String> {
        private final Map<String, T> byName = new LinkedHashMap<>();

        Choice(String name1, T value1, String name2, T value2) {
            byName.put(name1, value1);
            byName.put(name2, value2);
        }

        @Override
        public T convert(String value) {
            T found = byName.get(value.trim().toLowerCase(Locale.ROOT));
            if (found == null) {
                throw new TypeConversionException(
                        "'" + value + "' is not one of " + String.join(", ", byName.keySet()));
            }
            return found;
        }

        @Override
        public Iterator<String> iterator() {
            return byName.keySet().iterator();
        }
    }

    static final class RunnerModes extends Choice<RunnerMode> {
        RunnerModes() {
            super("go", RunnerMode.GO_FAITHFUL, "fixed", RunnerMode.FIXED);
        }
    }

    static final class PoolModes extends Choice<PoolMode> {
        PoolModes() {
            super("go", PoolMode.GO_COMPATIBLE, "bounded", PoolMode.BOUNDED);
        }
    }
}
