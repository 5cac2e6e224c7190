package gopatterns.event;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Writes a run as JSON Lines: first its {@linkplain TraceHeader header}
 * ({@code {"format":"gopatterns-trace","version":1,"pattern":"runner","parameters":{...}}}), then one object per
 * event, {@code {"seq":1,"atNanos":0,"type":"Created",...}} followed by every component of the event's record
 * (durations as Go writes them, enums by name). {@link TraceReader} reads it back.
 *
 * <p>Nothing appears at the target until {@link #commit()}: the events go to a hidden file beside it, which
 * is moved into place in one step. A trace that is {@linkplain #close() closed} without a commit leaves
 * nothing behind, and {@link #create} fails at once, before any event, when the target cannot be written.
 */
public final class EventTrace implements Consumer<GoEvent>, AutoCloseable {

    /** Each object ends its own line, so Jackson's separator between top-level values is not wanted. */
    private static final JsonFactory JSON = new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    /** A record component written as a field of its own. */
    private record Field(String name, Method accessor) {}

    /** The components of each event record after {@code seq} and {@code at}, looked up once per class. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(c -> !c.getName().equals("seq") && !c.getName().equals("at"))
                    .map(c -> {
                        Method accessor = c.getAccessor();
                        // Records nested in non-public classes can still be read where their module allows it.
                        accessor.trySetAccessible();
                        return new Field(c.getName(), accessor);
                    })
                    .toList();
        }
    };

    private final Path target;
    private final Path partial;
    private final JsonGenerator json;
    private long written;
    private IOException failure;
    private boolean finished;

    private EventTrace(Path target, Path partial, TraceHeader header) throws IOException {
        this.target = target;
        this.partial = partial;
        this.json = JSON.createGenerator(Files.newOutputStream(partial), JsonEncoding.UTF8);
        writeHeader(header);
    }

    /**
     * Opens a trace that will be written to {@code target}, beginning with {@code header}.
     *
     * @throws IOException with a message saying why, if the target is a directory, is a read-only file, or
     *                     its directory does not exist or cannot be written to
     */
    public static EventTrace create(Path target, TraceHeader header) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new IOException(target + " exists and is read-only");
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("directory " + dir + " does not exist");
        }
        Path partial = createPartial(dir, absolute.getFileName().toString());
        try {
            return new EventTrace(absolute, partial, header);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** Writes a run to {@code target} in one go: the file appears complete or not at all. */
    public static void writeAll(Path target, TraceHeader header, Iterable<? extends GoEvent> events)
            throws IOException {
        try (EventTrace trace = create(target, header)) {
            events.forEach(trace);
            trace.commit();
        }
    }

    /** The file the trace goes to on commit. */
    public Path target() {
        return target;
    }

    /** How many events have been written so far (the header is not one). */
    public synchronized long written() {
        return written;
    }

    /**
     * Writes one event as one line. Safe from any thread; a write error is kept and reported by
     * {@link #commit()}, so an event publisher never sees it.
     */
    @Override
    public synchronized void accept(GoEvent event) {
        if (finished || failure != null) {
            return;
        }
        try {
            writeEvent(event);
            written++;
        } catch (IOException e) {
            failure = e;
        } catch (UncheckedIOException e) {
            failure = e.getCause();
        }
    }

    /**
     * Finishes the file and moves it into place, replacing any file that was there.
     *
     * @throws IOException if a write failed along the way or the move fails; the target is then left as it was
     */
    public synchronized void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("the trace is already finished");
        }
        finished = true;
        try {
            if (failure != null) {
                throw failure;
            }
            json.close();
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            discardPartial();
            throw e;
        }
    }

    /** Abandons a trace that was not committed: nothing is left on disk. Does nothing after a commit. */
    @Override
    public synchronized void close() {
        if (finished) {
            return;
        }
        finished = true;
        discardPartial();
    }

    private void discardPartial() {
        try {
            json.close();
        } catch (IOException ignored) {
            // The file is deleted next; what could not be written does not matter.
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Nothing more can be done; the name starts with a dot and ends in .part.
        }
    }

    private void writeHeader(TraceHeader header) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", TraceHeader.FORMAT);
        json.writeNumberField("version", TraceHeader.VERSION);
        json.writeStringField("pattern", header.pattern());
        json.writeObjectFieldStart("parameters");
        for (var p : header.parameters().entrySet()) {
            json.writeFieldName(p.getKey());
            writeValue(p.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeEvent(GoEvent event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("seq", event.seq());
        json.writeNumberField("atNanos", event.at());
        json.writeStringField("type", event.type());
        for (Field f : FIELDS.get(event.getClass())) {
            json.writeFieldName(f.name());
            writeValue(read(f, event));
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeValue(Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case Duration d -> json.writeString(GoDuration.format(d));
            case Enum<?> e -> json.writeString(e.name());
            case Boolean b -> json.writeBoolean(b);
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Double d -> json.writeNumber(d);
            case Float f -> json.writeNumber(f);
            case Number n -> json.writeNumber(n.toString());
            case Iterable<?> items -> {
                json.writeStartArray();
                for (Object item : items) {
                    writeValue(item);
                }
                json.writeEndArray();
            }
            default -> json.writeString(value.toString());
        }
    }

    private static Object read(Field f, GoEvent event) {
        try {
            return f.accessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + f.name() + " of " + event.type(), e);
        }
    }

    /** A new hidden file beside the target, with the default permissions (a temp file would get 0600). */
    private static Path createPartial(Path dir, String name) throws IOException {
        if (!Files.isWritable(dir)) {
            throw new IOException("directory " + dir + " is not writable");
        }
        while (true) {
            Path candidate = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".part");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // Try another name.
            } catch (IOException e) {
                throw new IOException("cannot create a file in " + dir + ": " + e.getMessage(), e);
            }
        }
    }
}
