package io.github.xxgk.internal.work;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * Where readers offer the work that others may take ({@link InOrder}) and where idle workers take it
 * ({@link #help}). One per process: a helper takes work from any read, oldest first, and runs it under that read's
 * own deadline and limits. A piece nobody takes is run by the reader that offered it, so work offered with no
 * helper about costs nothing but its place in the queue.
 */
public final class TaskExchange {

    private static final TaskExchange SHARED = new TaskExchange();

    /** How often a waiting helper looks whether it should stop, in milliseconds. */
    private static final long POLL_MILLIS = 20;

    private final Deque<SharedTask<?>> open = new ArrayDeque<>();
    private int helpers;

    TaskExchange() {
    }

    public static TaskExchange shared() {
        return SHARED;
    }

    synchronized void offer(SharedTask<?> task) {
        open.addLast(task);
        notifyAll();
    }

    /** Takes back a piece its reader claimed or gave up. */
    synchronized void withdraw(SharedTask<?> task) {
        open.remove(task);
    }

    /** How many pieces wait for a thread to take them. */
    synchronized int waiting() {
        return open.size();
    }

    /** How many threads are helping now: so many more pieces of a read may be run at once. */
    public synchronized int helpers() {
        return helpers;
    }

    /**
     * Runs the work readers offer, on the calling thread, until {@code stop} says so or the thread is interrupted.
     * The caller holds a worker's slot for as long, so that no more work runs at once than there are workers.
     */
    public void help(BooleanSupplier stop) {
        synchronized (this) {
            helpers++;
        }
        try {
            while (!stop.getAsBoolean()) {
                SharedTask<?> task = take();
                if (task != null) {
                    task.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                helpers--;
            }
        }
    }

    /** The oldest piece nobody has claimed, claimed for the caller; null when none came within the poll time. */
    private synchronized SharedTask<?> take() throws InterruptedException {
        if (open.isEmpty()) {
            wait(POLL_MILLIS);
        }
        while (!open.isEmpty()) {
            SharedTask<?> t = open.pollFirst();
            if (t.claim()) {
                return t;
            }
        }
        return null;
    }
}
