package gopatterns.ui.record;

import java.nio.file.Path;
import java.util.Locale;

/** What a recording is written as, chosen by the output's name. */
public enum RecordFormat {
    /** {@code .gif}: an animated GIF that loops. */
    GIF,
    /** {@code .mp4}: H.264 video. */
    MP4,
    /** No extension, or a name ending in {@code /}: a folder of numbered PNGs. */
    PNG_FOLDER;

    /**
     * The format for {@code name}, as typed (a trailing separator means a folder).
     *
     * @throws IllegalArgumentException for any other extension
     */
    public static RecordFormat of(String name) {
        if (name.endsWith("/") || name.endsWith(java.io.File.separator)) {
            return PNG_FOLDER;
        }
        String file = Path.of(name).getFileName() == null ? "" : Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            return PNG_FOLDER;
        }
        return switch (file.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "gif" -> GIF;
            case "mp4" -> MP4;
            default -> throw new IllegalArgumentException(
                    "unknown kind of file '" + file.substring(dot) + "': use .gif, .mp4, or a folder name (no extension) for PNGs");
        };
    }
}
