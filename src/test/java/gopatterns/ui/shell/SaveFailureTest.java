package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gopatterns.ui.I18n;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reason a save failed, in words about the file the user chose: never the hidden file written beside
 * it, nor a Java class name, whatever the failure's own message says.
 */
class SaveFailureTest {

    @TempDir
    Path dir;

    @AfterEach
    void english() {
        I18n.localeProperty().set(I18n.ENGLISH);
    }

    private String reason(Path target, Exception e) {
        String reason = SaveFailure.reason(target, e);
        assertThat(reason).doesNotContain(".part", "Exception", "java.", "{", "}");
        return reason;
    }

    @Test
    void aRefusedHiddenFileIsReportedAsNoPermissionForTheChosenFolder() {
        Path chosen = dir.resolve("go.log");
        dir.toFile().setWritable(false);
        try {
            var refused = new AccessDeniedException(dir.resolve(".go.log.1f2e3d.part").toString());
            assertThat(reason(chosen, refused)).isEqualTo("there is no permission to write in " + dir);
        } finally {
            dir.toFile().setWritable(true);
        }
    }

    @Test
    void aFullOrReadOnlyDiskIsSaidSo() {
        Path chosen = dir.resolve("trace.jsonl");
        String hidden = dir.resolve(".trace.jsonl.99.part").toString();
        assertThat(reason(chosen, new FileSystemException(hidden, null, "No space left on device")))
                .isEqualTo("the disk is full");
        assertThat(reason(chosen, new FileSystemException(hidden, null, "Read-only file system")))
                .isEqualTo("the disk is read-only");
    }

    @Test
    void aMissingFolderAFolderAndAnUnknownFailureAreSaidInWords() throws IOException {
        Path missing = dir.resolve("gone").resolve("go.log");
        assertThat(reason(missing, new IOException("x"))).isEqualTo("the folder " + missing.getParent()
                + " does not exist");
        Path folder = Files.createDirectory(dir.resolve("pictures"));
        assertThat(reason(folder, new IOException("x"))).isEqualTo("a folder has that name");
        assertThat(reason(dir.resolve("ok.log"), new IOException("java.io.IOException: " + dir.resolve(".x.part"))))
                .isEqualTo("the file could not be written");
    }

    @Test
    void theReasonIsInTheLanguageShown() {
        I18n.localeProperty().set(I18n.CHINESE);
        assertThat(reason(dir.resolve("a").resolve("b.log"), new IOException())).isEqualTo("文件夹 " + dir.resolve("a")
                + " 不存在");
    }

    @Test
    void aReadOnlyFolderIsReportedWhenTheUserCannotWriteThere() throws IOException {
        // Only meaningful for a user the permissions apply to (root may write anywhere).
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "permissions do not apply to this user");
            Path chosen = locked.resolve("go.log");
            IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> Exporter.write(chosen, out -> out.write('x')));
            assertThat(reason(chosen, failure)).isEqualTo("there is no permission to write in " + locked);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
