package gopatterns.cli;

/** Where interrupts (Ctrl+C) come from: the operating system's SIGINT, or a test. */
interface InterruptSource {

    /** An active handler; closing it restores what a Ctrl+C did before. Closing twice does nothing. */
    interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code onInterrupt} (on some other thread) for every interrupt until the returned handle is closed. */
    Listening listen(Runnable onInterrupt);
}
