package io.github.xxgk.internal.work;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One piece of work that whichever thread claims it first runs: the reader that handed it out, or a helper. Its
 * result or failure (any {@link Throwable}, memory running out included) is kept for the reader to take.
 *
 * @param <T> what the work gives
 */
final class SharedTask<T> {

    private final AtomicBoolean claimed = new AtomicBoolean();
    /** The work, dropped once run so that what it holds (a page's pixels) is freed before the result is taken. */
    private Callable<T> body;
    private T result;
    private Throwable failure;
    private boolean done;

    SharedTask(Callable<T> body) {
        this.body = body;
    }

    /** Whether the calling thread is the one to run the work: true once, for the first caller. */
    boolean claim() {
        return claimed.compareAndSet(false, true);
    }

    boolean claimed() {
        return claimed.get();
    }

    /** Runs the work, which the calling thread has {@linkplain #claim claimed}, and keeps what it gave. */
    void run() {
        Callable<T> work;
        synchronized (this) {
            work = body;
            body = null;
        }
        T r = null;
        Throwable f = null;
        try {
            r = work.call();
        } catch (Throwable t) {
            f = t;
        }
        synchronized (this) {
            result = r;
            failure = f;
            done = true;
            notifyAll();
        }
    }

    synchronized boolean done() {
        return done;
    }

    /** Waits up to {@code millis} for the work to end; whether it has. */
    synchronized boolean await(long millis) throws InterruptedException {
        if (!done) {
            wait(Math.max(1, millis));
        }
        return done;
    }

    /** What the work gave; its failure rethrown as it was thrown. Only once {@link #done}. */
    synchronized T result() throws Exception {
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return result;
    }
}
