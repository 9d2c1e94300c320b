package io.github.xxgk.internal.guard;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation for long reads. Java can't stop a thread from outside, so a reader calls
 * {@link #check} at natural steps (each page, each table): once the call's deadline has passed or its thread
 * was interrupted, the read ends there with a timeout and the worker is free again.
 *
 * <p>Part of a read may run on another thread (a page of a scan that an idle worker reads): it runs
 * {@link #within} the {@link Context} its owner {@linkplain #capture captured}, so that the owner's deadline stops
 * it too, and so does the owner giving the read up (its abandoned flag), which no interrupt of the owner's
 * thread would reach.
 */
public final class Checkpoint {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    private static final ThreadLocal<AtomicBoolean> ABANDONED = new ThreadLocal<>();

    /** The deadline of a read (null: none) and the flag its owner sets when it gives the read up. */
    public record Context(Long deadline, AtomicBoolean abandoned) {
    }

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

    /** This thread's deadline with {@code abandoned}, for work of this read that another thread may run. */
    public static Context capture(AtomicBoolean abandoned) {
        return new Context(DEADLINE.get(), abandoned);
    }

    /** Runs {@code body} on this thread under {@code context}, then puts this thread's own back. */
    public static <T> T within(Context context, Callable<T> body) throws Exception {
        Long deadline = DEADLINE.get();
        AtomicBoolean abandoned = ABANDONED.get();
        set(DEADLINE, context.deadline());
        set(ABANDONED, context.abandoned());
        try {
            return body.call();
        } finally {
            set(DEADLINE, deadline);
            set(ABANDONED, abandoned);
        }
    }

    private static <T> void set(ThreadLocal<T> local, T value) {
        if (value == null) {
            local.remove();
        } else {
            local.set(value);
        }
    }

    /** Whether this thread's extraction should stop: interrupted, given up by its owner, or past its deadline. */
    public static boolean expired() {
        if (Thread.currentThread().isInterrupted() || cancelled()) {
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
                    Thread.currentThread().isInterrupted() || cancelled() ? "cancelled while reading" : "time limit reached while reading", null);
        }
    }

    private static boolean cancelled() {
        AtomicBoolean a = ABANDONED.get();
        return a != null && a.get();
    }
}
