package io.github.xxgk;

import io.github.xxgk.XxgkException.Reason;
import io.github.xxgk.guard.Checkpoint;
import io.github.xxgk.source.ReportSource;
import io.github.xxgk.source.SourceDocument;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader that never finishes on its own: it blocks until its thread is interrupted, as a read stuck inside a
 * dependency would. A test of a time limit reads with it, so that the input is over the limit by construction
 * and not because the machine happens to be slow enough. It tells the test when a read started and when it
 * ended, so the test can also check that the worker was stopped and no thread is left behind.
 */
public final class StuckReader implements ReportSource {

    /** How long a test waits for what happens at once unless the code is broken. */
    public static final long BROKEN_AFTER_SECONDS = 60;

    private final Semaphore started = new Semaphore(0);
    private final Semaphore ended = new Semaphore(0);
    private final AtomicLong deadline = new AtomicLong(Long.MIN_VALUE);

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        deadline.set(Checkpoint.deadlineOrMax());
        started.release();
        try {
            new CountDownLatch(1).await(); // never counted down
            throw new AssertionError("unreachable: nothing counts the latch down");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XxgkException(Reason.TIMEOUT, name, null, "the stuck read was interrupted", e);
        } finally {
            ended.release();
        }
    }

    /** Waits until {@code n} reads have started. */
    public void awaitStarted(int n) throws InterruptedException {
        assertTrue(started.tryAcquire(n, BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the reader was not called " + n + " times");
        started.release(n);
    }

    /** Waits until {@code n} reads have ended, that is, their threads were interrupted. */
    public void awaitEnded(int n) throws InterruptedException {
        assertTrue(ended.tryAcquire(n, BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "a stuck read was never interrupted");
        ended.release(n);
    }

    /** The {@link Checkpoint} deadline the last read ran under ({@link Long#MAX_VALUE}: none). */
    public long deadlineSeen() {
        return deadline.get();
    }
}
