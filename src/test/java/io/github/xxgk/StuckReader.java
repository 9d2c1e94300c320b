package io.github.xxgk;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.source.model.ReportSource;
import io.github.xxgk.internal.source.model.SourceDocument;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reader that never finishes on its own: it blocks until its thread is interrupted, as a read stuck inside a
 * dependency would. A test of a time limit reads with it, so that the input is over the limit by construction
 * and not because the machine happens to be slow enough. It tells the test when a read started and when it
 * ended, so the test can also check that the worker was stopped and no thread is left behind. (On a busy
 * machine a timed-out task may be cancelled before its thread ever called the reader: such a read never
 * starts, so the test waits for the reads that started, not for a fixed number.)
 */
public final class StuckReader implements ReportSource {

    /** How long a test waits for what happens at once unless the code is broken. */
    public static final long BROKEN_AFTER_SECONDS = 60;

    private final Semaphore started = new Semaphore(0);
    private final AtomicInteger startedCount = new AtomicInteger();
    private final Semaphore ended = new Semaphore(0);

    @Override
    public SourceDocument read(byte[] content, String name) throws XxgkException {
        startedCount.incrementAndGet();
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

    /** Waits until every read that started has ended, that is, its thread was interrupted. */
    public void awaitAllEnded() throws InterruptedException {
        int n = startedCount.get();
        assertTrue(ended.tryAcquire(n, BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "a stuck read was never interrupted");
        ended.release(n);
    }
}
