package gopatterns.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import gopatterns.event.TraceException.Problem;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a trace that {@link EventTrace} wrote back into its run: the pattern, the run's parameters and the
 * exact event records (durations, enums, lists). Anything else is refused with a {@link TraceException} naming
 * the line and the reason: not JSON, no header, another version, an unknown pattern or event type, a missing or
 * invalid field, events out of order (number or time), a cut last line, an empty file.
 */
public final class TraceReader {

    /** A run read back: its pattern, parameters and events, in order (numbered 1, 2, 3 … from time 0 on). */
    public record Trace<E extends GoEvent, P>(TracePattern<E, P> pattern, P params, List<E> events) {}

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** The fields every event line has before its record's own. */
    private static final List<String> EVENT_FIELDS = List.of("seq", "atNanos", "type");

    private final Map<String, TracePattern<?, ?>> patterns = new LinkedHashMap<>();

    /** A reader of traces of these patterns. */
    public TraceReader(List<? extends TracePattern<?, ?>> known) {
        known.forEach(p -> patterns.put(p.name(), p));
    }

    /**
     * Reads the trace in {@code file}.
     *
     * @throws TraceException naming the line (0: the whole file) and the reason, if the file cannot be read or
     *                        is not a complete trace of a known pattern written by this version
     */
    public Trace<?, ?> read(Path file) throws TraceException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TraceException(0, Problem.NOT_JSON);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new TraceException(0, Problem.NO_FILE);
        } catch (IOException e) {
            throw new TraceException(0, Problem.UNREADABLE, reason(e));
        }
        return parse(text);
    }

    /** Reads a trace from its text; see {@link #read(Path)}. */
    public Trace<?, ?> parse(String text) throws TraceException {
        if (text.isEmpty()) {
            throw new TraceException(0, Problem.EMPTY);
        }
        List<String> lines = Arrays.asList(text.split("\n", -1));
        // A complete file ends with a newline: the piece after the last one is empty.
        boolean cut = !lines.getLast().isEmpty();
        int count = cut ? lines.size() : lines.size() - 1;
        try {
            return read(lines.subList(0, count), cut);
        } catch (TraceException e) {
            // Whatever is wrong with a cut last line, it was cut.
            if (cut && e.line() == count && count > 1) {
                throw new TraceException(count, Problem.CUT_OFF);
            }
            throw e;
        }
    }

    private Trace<?, ?> read(List<String> lines, boolean cut) throws TraceException {
        Map<String, Object> header = object(1, lines.getFirst());
        return readRun(pattern(header), header, lines, cut);
    }

    private <E extends GoEvent, P> Trace<E, P> readRun(TracePattern<E, P> pattern, Map<String, Object> header,
                                                       List<String> lines, boolean cut) throws TraceException {
        P params;
        try {
            params = pattern.params(header(pattern, header));
        } catch (IllegalArgumentException e) {
            throw new TraceException(1, Problem.INVALID_PARAMETERS, e.getMessage());
        }
        if (lines.size() == 1) {
            throw new TraceException(cut ? 1 : 0, cut ? Problem.CUT_OFF : Problem.NO_EVENTS);
        }
        Map<String, Class<?>> types = eventTypes(pattern.eventType());
        List<E> events = new ArrayList<>(lines.size() - 1);
        long lastAt = 0;
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            Map<String, Object> fields = object(line, lines.get(i));
            Object type = fields.get("type");
            Class<?> record = types.get(type instanceof String s ? s : null);
            if (record == null) {
                throw new TraceException(line, Problem.UNKNOWN_TYPE, String.valueOf(type), pattern.name());
            }
            String name = record.getSimpleName();
            long seq = whole(line, name, "seq", fields);
            if (seq != i) {
                throw new TraceException(line, Problem.SEQ_ORDER, Long.toString(i), Long.toString(seq));
            }
            long at = whole(line, name, "atNanos", fields);
            if (at < lastAt) {
                throw new TraceException(line, Problem.TIME_ORDER, Long.toString(at), Long.toString(lastAt));
            }
            lastAt = at;
            events.add(pattern.eventType().cast(event(line, record, fields, seq, at)));
        }
        if (cut) {
            throw new TraceException(lines.size(), Problem.CUT_OFF);
        }
        return new Trace<>(pattern, params, List.copyOf(events));
    }

    // ---------------------------------------------------------------- the header

    private TracePattern<?, ?> pattern(Map<String, Object> header) throws TraceException {
        if (!TraceHeader.FORMAT.equals(header.get("format"))) {
            throw new TraceException(1, Problem.NO_HEADER);
        }
        Object version = header.get("version");
        if (!Long.valueOf(TraceHeader.VERSION).equals(version)) {
            throw new TraceException(1, Problem.OTHER_VERSION, String.valueOf(version),
                    Integer.toString(TraceHeader.VERSION));
        }
        Object name = header.get("pattern");
        TracePattern<?, ?> pattern = patterns.get(name instanceof String s ? s : null);
        if (pattern == null) {
            throw new TraceException(1, Problem.UNKNOWN_PATTERN, String.valueOf(name),
                    String.join(", ", patterns.keySet()));
        }
        return pattern;
    }

    @SuppressWarnings("unchecked")
    private static TraceHeader header(TracePattern<?, ?> pattern, Map<String, Object> header) {
        if (!(header.get("parameters") instanceof Map<?, ?> parameters)) {
            throw new IllegalArgumentException("parameters is missing");
        }
        return new TraceHeader(pattern.name(), (Map<String, Object>) parameters);
    }

    // ---------------------------------------------------------------- events

    /** The pattern's event records by type name, as {@link GoEvent#type()} names them. */
    private static Map<String, Class<?>> eventTypes(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).filter(Class::isRecord)
                .collect(Collectors.toMap(Class::getSimpleName, c -> c));
    }

    private static Object event(int line, Class<?> record, Map<String, Object> fields, long seq, long at)
            throws TraceException {
        String name = record.getSimpleName();
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Map<String, Object> rest = new HashMap<>(fields);
        EVENT_FIELDS.forEach(rest::remove);
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            switch (c.getName()) {
                case "seq" -> values[i] = seq;
                case "at" -> values[i] = at;
                default -> {
                    if (!rest.containsKey(c.getName())) {
                        throw new TraceException(line, Problem.MISSING_FIELD, name, c.getName());
                    }
                    Object value = convert(rest.remove(c.getName()), c.getGenericType());
                    if (value == INVALID) {
                        throw new TraceException(line, Problem.INVALID_FIELD, name, c.getName());
                    }
                    values[i] = value;
                }
            }
        }
        if (!rest.isEmpty()) {
            throw new TraceException(line, Problem.UNEXPECTED_FIELD, name, rest.keySet().iterator().next());
        }
        try {
            Constructor<?> make = record.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return make.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new TraceException(line, Problem.INVALID_FIELD, name, components[components.length - 1].getName());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + name, e);
        }
    }

    /** Marks a value that does not fit its field (null is a value: a message may be null). */
    private static final Object INVALID = new Object();

    private static Object convert(Object value, Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(value instanceof List<?> items)) {
                return INVALID;
            }
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                Object v = convert(item, p.getActualTypeArguments()[0]);
                if (v == INVALID) {
                    return INVALID;
                }
                out.add(v);
            }
            return List.copyOf(out);
        }
        Class<?> c = (Class<?>) type;
        if (value == null) {
            return c.isPrimitive() ? INVALID : null;
        }
        try {
            if (c == long.class || c == Long.class) {
                return value instanceof Long n ? n : INVALID;
            }
            if (c == int.class || c == Integer.class) {
                return value instanceof Long n && n == n.intValue() ? n.intValue() : INVALID;
            }
            if (c == boolean.class || c == Boolean.class) {
                return value instanceof Boolean ? value : INVALID;
            }
            if (c == double.class || c == Double.class) {
                return value instanceof Number n ? n.doubleValue() : INVALID;
            }
            if (!(value instanceof String s)) {
                return INVALID;
            }
            if (c == String.class) {
                return s;
            }
            if (c == Duration.class) {
                return GoDuration.parse(s);
            }
            if (c.isEnum()) {
                return enumConstant(c, s);
            }
        } catch (IllegalArgumentException e) {
            return INVALID;
        }
        return INVALID;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }

    private static long whole(int line, String type, String field, Map<String, Object> fields) throws TraceException {
        if (!fields.containsKey(field)) {
            throw new TraceException(line, Problem.MISSING_FIELD, type, field);
        }
        if (fields.get(field) instanceof Long n && n >= 0) {
            return n;
        }
        throw new TraceException(line, Problem.INVALID_FIELD, type, field);
    }

    // ---------------------------------------------------------------- JSON

    /** One line as one JSON object, and nothing else. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(int line, String text) throws TraceException {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new TraceException(line, Problem.NOT_JSON);
            }
            Map<String, Object> object = (Map<String, Object>) value(parser);
            if (parser.nextToken() != null) {
                throw new TraceException(line, Problem.NOT_JSON);
            }
            return object;
        } catch (IOException e) {
            throw new TraceException(line, Problem.NOT_JSON);
        }
    }

    /** The value at the parser's current token: a map, a list, text, a Long, a Double, a Boolean or null. */
    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            // Too large for a long: kept as a Double, which no whole-number field accepts.
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + parser.currentToken());
        };
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
