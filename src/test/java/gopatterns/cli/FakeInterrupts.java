package gopatterns.cli;

/** Ctrl+C by hand: {@link #fire()} does what a SIGINT would do at that moment. */
final class FakeInterrupts implements InterruptSource {

    private Runnable handler;
    private int endedProcess;

    @Override
    public synchronized Listening listen(Runnable onInterrupt) {
        handler = onInterrupt;
        return () -> {
            synchronized (FakeInterrupts.this) {
                if (handler == onInterrupt) {
                    handler = null;
                }
            }
        };
    }

    /** Sends Ctrl+C: to the handler if one listens, else the JVM's default would end the process. */
    void fire() {
        Runnable h;
        synchronized (this) {
            h = handler;
            if (h == null) {
                endedProcess++;
            }
        }
        if (h != null) {
            h.run();
        }
    }

    synchronized boolean listening() {
        return handler != null;
    }

    /** How many Ctrl+C found nobody listening, so that the process would have ended at once. */
    synchronized int endedProcess() {
        return endedProcess;
    }
}
