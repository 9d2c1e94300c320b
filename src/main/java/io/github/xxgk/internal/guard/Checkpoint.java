package io.github.xxgk.internal.guard;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;

/**
 * Cooperative cancellation for long reads. Java can't stop a thread from outside, so a reader calls
 * {@link #check} at natural steps (each page, each table): once the call's deadline has passed or its thread
 * was interrupted, the read ends there with a timeout and the worker is free again.
 */
public final class Checkpoint {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private Checkpoint() {
    }

    /** Sets the deadline ({@link System#nanoTime()} based) of the extraction on this thread; null clears it. */
    public static void deadline(Long nanoTime) {
        if (nanoTime == null) {
            DEADLINE.remove();
        } else {
            DEADLINE.set(nanoTime);
        }
    }

    /** This thread's deadline, or {@link Long#MAX_VALUE} when it has none. */
    public static long deadlineOrMax() {
        Long d = DEADLINE.get();
        return d == null ? Long.MAX_VALUE : d;
    }

    /** Whether this thread's extraction should stop: interrupted, or past its deadline. */
    public static boolean expired() {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        Long d = DEADLINE.get();
        return d != null && System.nanoTime() - d > 0;
    }

    /**
     * @param source the input's name, for the message
     * @param page   the page being read, or null
     * @throws XxgkException with reason timeout once the call should stop
     */
    public static void check(String source, Integer page) throws XxgkException {
        if (expired()) {
            throw new XxgkException(Reason.TIMEOUT, source, page,
                    Thread.currentThread().isInterrupted() ? "cancelled while reading" : "time limit reached while reading", null);
        }
    }
}
