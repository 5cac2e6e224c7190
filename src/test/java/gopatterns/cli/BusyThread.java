package gopatterns.cli;

/** A thread that keeps one core busy until closed: runs beside it must not change. */
final class BusyThread implements AutoCloseable {

    private volatile boolean stop;
    private final Thread thread = Thread.ofPlatform().daemon().name("busy").start(this::spin);

    private void spin() {
        long x = 1;
        while (!stop) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            if (x == 0) {
                Thread.onSpinWait();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.join();
    }
}
