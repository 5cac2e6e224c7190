package gopatterns.ui.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Hidden work files beside a recording's target, moved into place at the end or deleted. */
final class PartFiles {

    private PartFiles() {
    }

    /** A new hidden file beside {@code target}, with the permissions a new file gets here. */
    static Path file(Path target) throws IOException {
        return create(target, false);
    }

    /** A new hidden folder beside {@code target}. */
    static Path folder(Path target) throws IOException {
        return create(target, true);
    }

    private static Path create(Path target, boolean folder) throws IOException {
        Path dir = folderOf(target);
        for (int n = 1; ; n++) {
            Path part = dir.resolve("." + target.getFileName() + (n == 1 ? "" : "-" + n) + ".part");
            try {
                return folder ? Files.createDirectory(part) : Files.createFile(part);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another recording's (or a crashed one's): take the next name
            }
        }
    }

    private static Path folderOf(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        return dir;
    }

    /** Moves the finished {@code part} to {@code target}, replacing a file (or an empty folder) there. */
    static void moveIntoPlace(Path part, Path target) throws IOException {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes {@code part}, a file or a folder with its files; quietly. */
    static void delete(Path part) {
        if (part == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(part)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Already gone, or not ours to delete any more: nothing left to do.
        }
    }
}
