package io.github.xxgk.internal.guard;

import io.github.xxgk.report.InputKind;

/**
 * A process-wide budget of heap for extractions running at the same time. Each extraction reserves an
 * estimate of what it needs (a multiple of its size, by kind) before it starts and returns it when done, so
 * that parallel workers can't together exhaust the heap: a big input waits until the others are done, and one
 * bigger than the whole budget runs alone. Whatever the estimate misses is caught as an OutOfMemoryError by
 * {@link io.github.xxgk.Xxgk} and reported as too-large for that file alone.
 */
public final class MemoryBudget {

    private static final long BASE = 8L << 20;

    /** Process-wide; the embedding application replaces it through {@link io.github.xxgk.Xxgk#setMemoryBudget}. */
    private static volatile MemoryBudget shared = new MemoryBudget((long) (Runtime.getRuntime().maxMemory() * 0.6));

    private final long capacity;
    private long available;

    public MemoryBudget(long capacity) {
        this.capacity = Math.max(capacity, BASE);
        this.available = this.capacity;
    }

    public static MemoryBudget shared() {
        return shared;
    }

    /**
     * Installs a new shared budget. Extractions already running release into the budget they reserved from, so
     * the switch never miscounts; they just no longer count against the new one.
     */
    public static void replaceShared(long capacity) {
        shared = new MemoryBudget(capacity);
    }

    public long capacity() {
        return capacity;
    }

    /** A rough heap estimate for reading an input of this kind and size. */
    public static long estimate(InputKind kind, long bytes) {
        int factor = switch (kind) {
            case PDF -> 8;
            case DOCX, DOC -> 20;
            case HTML -> 12;
            case TEXT -> 8;
            default -> 1;
        };
        return BASE + bytes * factor;
    }

    /**
     * Reserves up to {@code bytes} (at most the whole budget), waiting while others hold it.
     *
     * @return what was reserved, to hand back to {@link #release}; -1 when the deadline passed first
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public synchronized long acquire(long bytes, long deadlineNanos) throws InterruptedException {
        long want = Math.min(Math.max(bytes, 0), capacity);
        while (available < want) {
            long left = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            long ms = Math.max(1, Math.min(left / 1_000_000, 1_000));
            wait(ms);
        }
        available -= want;
        return want;
    }

    public synchronized void release(long reserved) {
        available = Math.min(capacity, available + reserved);
        notifyAll();
    }

    public synchronized long available() {
        return available;
    }
}
