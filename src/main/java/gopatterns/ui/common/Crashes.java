package gopatterns.ui.common;

/**
 * How the app speaks of an exception nobody expected: one readable line for the window, and a short entry on
 * standard error (where it happened and the first frames), never a dialog full of stack trace.
 */
public final class Crashes {

    /** Frames of the stack written to standard error: enough to find the place, short enough to read. */
    static final int FRAMES_LOGGED = 5;

    private Crashes() {
    }

    /** {@code NullPointerException: message}, the message of the root cause if the exception wraps one. */
    public static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Writes a short entry to standard error: the thread, the exception, and where it was thrown. */
    public static void log(Thread thread, Throwable t) {
        StringBuilder sb = new StringBuilder("gopatterns: uncaught ")
                .append(describe(t)).append(" on thread ").append(thread.getName());
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES_LOGGED, frames.length); i++) {
            sb.append(System.lineSeparator()).append("    at ").append(frames[i]);
        }
        System.err.println(sb);
    }
}
