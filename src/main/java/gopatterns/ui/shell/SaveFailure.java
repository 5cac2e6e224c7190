package gopatterns.ui.shell;

import gopatterns.ui.I18n;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in words why a file the user chose could not be written. It looks at the chosen path and the kind
 * of failure, never at the failure's own message: that may name an internal file (the hidden one written
 * beside the target) or a Java class.
 */
final class SaveFailure {

    private SaveFailure() {
    }

    /** The reason, in the current language, for a failure to write {@code target}. */
    static String reason(Path target, Exception failure) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return I18n.get("export.reason.noFolder", dir == null ? absolute : dir);
        }
        if (Files.isDirectory(absolute)) {
            return I18n.get("export.reason.isFolder");
        }
        String system = failure instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason().toLowerCase(Locale.ROOT) : "";
        if (system.contains("read-only file system")) {
            return I18n.get("export.reason.readOnlyDisk");
        }
        if (system.contains("no space left") || system.contains("disk quota")) {
            return I18n.get("export.reason.diskFull");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            return I18n.get("export.reason.readOnly");
        }
        if (failure instanceof AccessDeniedException || !Files.isWritable(dir)) {
            return I18n.get("export.reason.denied", dir);
        }
        return I18n.get("export.reason.other");
    }
}
