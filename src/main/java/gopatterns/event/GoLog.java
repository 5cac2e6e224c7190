package gopatterns.event;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Lines in the format of Go's standard logger: {@code 2026/11/27 01:45:38 message}. */
public final class GoLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private GoLog() {
    }

    public static String line(Instant when, String message, ZoneId zone) {
        return STAMP.format(when.atZone(zone)) + " " + message;
    }

    public static String line(Instant when, String message) {
        return line(when, message, ZoneId.systemDefault());
    }
}
