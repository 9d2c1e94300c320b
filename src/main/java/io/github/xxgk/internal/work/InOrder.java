package io.github.xxgk.internal.work;

import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pieces of one read that other threads may run (the pages of a scan), handed out in order and taken back
 * by index, so that the read gives the same whoever ran them. The reader's own thread runs every piece nobody
 * took; it hands out a piece only while fewer are unfinished than there are threads to run them (itself and the
 * {@linkplain TaskExchange#helpers helpers}), so that with no helper it reads exactly as it would alone, one piece
 * at a time, and what it holds stays bounded. Each piece runs under the read's deadline and limits; closing gives
 * up whatever is not yet taken, and a piece a helper is running stops at its next {@link Checkpoint}.
 *
 * @param <T> what a piece gives
 */
public final class InOrder<T> implements AutoCloseable {

    /** How often the reader, waiting for a helper's piece, looks at its own deadline, in milliseconds. */
    private static final long POLL_MILLIS = 20;

    private final TaskExchange exchange;
    private final String source;
    private final AtomicBoolean abandoned = new AtomicBoolean();
    private final List<SharedTask<T>> tasks = new ArrayList<>();

    /** @param source the input's name, for a timeout's message */
    public InOrder(String source) {
        this(TaskExchange.shared(), source);
    }

    InOrder(TaskExchange exchange, String source) {
        this.exchange = exchange;
        this.source = source;
    }

    /**
     * Waits until one more piece may be handed out: while as many are unfinished as there are threads to run
     * them, runs the oldest nobody has taken, or else waits for one to end. Called before the reader prepares the
     * next piece (renders a page), so that no more is prepared than can be run.
     *
     * @param page the page being read, for a timeout's message
     */
    public void awaitRoom(Integer page) throws XxgkException {
        while (unfinished() >= 1 + exchange.helpers()) {
            runOrWait(page);
        }
    }

    /** Hands out the next piece; its index, for {@link #take}. */
    public int submit(Callable<T> body) {
        Checkpoint.Context context = Checkpoint.capture(abandoned);
        Limits limits = Limits.current();
        SharedTask<T> task = new SharedTask<>(() -> {
            if (abandoned.get()) {
                throw new XxgkException(Reason.TIMEOUT, source, null, "cancelled while reading", null);
            }
            return Checkpoint.within(context, () -> limits.callWith(body));
        });
        tasks.add(task);
        exchange.offer(task);
        return tasks.size() - 1;
    }

    /**
     * What piece {@code index} gave: run here if nobody has taken it, else waited for. Its failure is rethrown
     * as it was thrown, on whichever thread it ran.
     *
     * @param page the page the piece reads, for a timeout's message
     * @throws XxgkException with reason timeout when the read's deadline passes or its thread is interrupted
     *                       while waiting for a helper
     */
    public T take(int index, Integer page) throws Exception {
        SharedTask<T> task = tasks.get(index);
        if (task.claim()) {
            exchange.withdraw(task);
            task.run();
        }
        // while a helper runs it, the pieces after it that nobody took are run here rather than waited for
        while (!task.done() && runOne()) {
            Checkpoint.check(source, page);
        }
        await(task, page);
        return task.result();
    }

    /** Gives up every piece not yet taken; a piece running on a helper stops at its next checkpoint. */
    @Override
    public void close() {
        abandoned.set(true);
        for (SharedTask<T> t : tasks) {
            if (t.claim()) {
                exchange.withdraw(t);
            }
        }
    }

    private int unfinished() {
        int n = 0;
        for (SharedTask<T> t : tasks) {
            if (!t.done()) {
                n++;
            }
        }
        return n;
    }

    private void runOrWait(Integer page) throws XxgkException {
        if (runOne()) {
            return;
        }
        for (SharedTask<T> t : tasks) {
            if (!t.done()) {
                await(t, page);
                return;
            }
        }
    }

    /** Runs the oldest piece nobody has taken, here; whether there was one. */
    private boolean runOne() {
        for (SharedTask<T> t : tasks) {
            if (t.claim()) {
                exchange.withdraw(t);
                t.run();
                return true;
            }
        }
        return false;
    }

    private void await(SharedTask<T> task, Integer page) throws XxgkException {
        try {
            while (!task.await(POLL_MILLIS)) {
                Checkpoint.check(source, page);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XxgkException(Reason.TIMEOUT, source, page, "cancelled while reading", e);
        }
    }
}
