package io.github.xxgk.internal.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs one task per input on at most {@code threads} threads at a time, each with a time limit. A task that
 * runs over its limit is settled as timed out at once: its thread is interrupted and its slot given to the
 * next input. If the task ignores the interrupt its thread (a daemon) is abandoned and its result, if it
 * ever comes, is dropped. Every index is settled exactly once, by {@code onResult} or {@code onTimeout}, in
 * whatever order tasks finish; the caller restores input order.
 *
 * <p>A task that runs out of memory or stack ({@code OutOfMemoryError}, {@code StackOverflowError}) is settled as
 * failed like any other, having let go of what it held as its stack unwound. One such error may be one huge
 * input; a second in the same run says the inputs read side by side do not fit, so from then on each such
 * error halves the number of tasks run at once (down to one) instead of letting the next ones fail the same way.
 *
 * <p>Once every task is started, a slot no task needs any more is lent to the pool's idle work, if it has any
 * ({@link #helpingWith}): a batch's free workers help read the pages of the files still being read, so that the
 * last file does not end on one core. A helper holds its slot, so no more runs at once than {@code threads}.
 *
 * @param <R> what a task gives
 */
public final class WorkerPool<R> {

    public interface Task<R> {
        R run(int index) throws Exception;
    }

    public interface Sink<R> {
        void accept(int index, R result) throws Exception;
    }

    /**
     * Rings when a task's time is up. The pool's own rings from a timer thread after the time limit; a test
     * passes one that rings when the test says, so that which task runs over its time does not depend on how
     * fast the machine is. One is made for each {@link #run} and closed at its end.
     */
    public interface Alarms extends AutoCloseable {

        /** Calls {@code ring} once task {@code index} has run {@code millis}, unless the handle is cancelled first. */
        Future<?> set(int index, long millis, Runnable ring);

        @Override
        void close();
    }

    private final int threads;
    private final long timeoutMillis;
    private final Supplier<Alarms> alarms;
    /** Work a free slot does until told to stop (see {@link #helpingWith}); null for none. */
    private Consumer<BooleanSupplier> idleWork;
    /** Tasks run at once now: {@code threads}, lowered after memory or stack ran out twice. */
    private volatile int limit;

    public WorkerPool(int threads, long timeoutMillis) {
        this(threads, timeoutMillis, TimerAlarms::new);
    }

    public WorkerPool(int threads, long timeoutMillis, Supplier<Alarms> alarms) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        this.threads = threads;
        this.timeoutMillis = timeoutMillis;
        this.alarms = alarms;
        this.limit = threads;
    }

    /**
     * Lends each slot that no task needs once all are started to {@code work}, which runs on a worker thread until
     * the supplier it is given says the run is over ({@link io.github.xxgk.internal.work.TaskExchange#help}).
     */
    public WorkerPool<R> helpingWith(Consumer<BooleanSupplier> work) {
        this.idleWork = work;
        return this;
    }

    /** How many tasks the pool runs at once now (fewer than asked once memory or stack ran out twice). */
    public int limit() {
        return limit;
    }

    /**
     * Runs {@code task} for indexes 0..n-1 and hands each result to {@code sink}; a task that throws or runs
     * over its time is settled by {@code failed(index, throwable)} / {@code timedOut(index)}. The sink is called
     * from worker threads, one index at a time per thread; the first exception a sink throws stops the batch
     * and is rethrown here.
     */
    public void run(int n, Task<R> task, java.util.function.BiFunction<Integer, Throwable, R> failed, IntFunction<R> timedOut,
             Sink<R> sink) throws Exception {
        Slots slots = new Slots(threads);
        limit = threads;
        AtomicInteger outOfRoom = new AtomicInteger();
        ExecutorService workers = Executors.newCachedThreadPool(daemons("xxgk-worker"));
        Alarms timer = timeoutMillis > 0 ? alarms.get() : null;
        CountDownLatch settled = new CountDownLatch(n);
        AtomicReference<Exception> sinkError = new AtomicReference<>();
        try {
            for (int i = 0; i < n; i++) {
                slots.acquire();
                if (sinkError.get() != null) {
                    break;
                }
                final int index = i;
                AtomicBoolean once = new AtomicBoolean();
                AtomicReference<Future<?>> alarm = new AtomicReference<>();
                Future<?> f = workers.submit(() -> {
                    R r;
                    try {
                        r = task.run(index);
                    } catch (Throwable t) {
                        if (t instanceof VirtualMachineError && !(t instanceof OutOfMemoryError) && !(t instanceof StackOverflowError)) {
                            throw (VirtualMachineError) t;
                        }
                        if (t instanceof VirtualMachineError && outOfRoom.incrementAndGet() >= 2) {
                            limit = slots.halve();
                        }
                        r = failed.apply(index, t);
                    }
                    if (once.compareAndSet(false, true)) {
                        Future<?> a = alarm.get();
                        if (a != null) {
                            a.cancel(false);
                        }
                        deliver(sink, index, r, sinkError);
                        Thread.interrupted(); // a late interrupt from the timer must not leak into the next task
                        slots.release();
                        settled.countDown();
                    }
                });
                if (timeoutMillis > 0) {
                    alarm.set(timer.set(index, timeoutMillis, () -> {
                        if (once.compareAndSet(false, true)) {
                            f.cancel(true);
                            deliver(sink, index, timedOut.apply(index), sinkError);
                            slots.release();
                            settled.countDown();
                        }
                    }));
                }
            }
            if (sinkError.get() == null) {
                if (idleWork == null) {
                    settled.await();
                } else {
                    lendFreeSlots(slots, workers, () -> settled.getCount() == 0 || sinkError.get() != null);
                }
            }
        } finally {
            workers.shutdownNow();
            if (timer != null) {
                timer.close();
            }
        }
        if (sinkError.get() != null) {
            throw sinkError.get();
        }
    }

    /** Until {@code over}, starts the idle work on each slot that comes free; returns once the run is over. */
    private void lendFreeSlots(Slots slots, ExecutorService workers, BooleanSupplier over) throws InterruptedException {
        Consumer<BooleanSupplier> work = idleWork;
        while (!over.getAsBoolean()) {
            if (slots.tryAcquire(LEND_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (over.getAsBoolean()) {
                    slots.release();
                    break;
                }
                workers.submit(() -> {
                    try {
                        work.accept(over);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    /** How often the pool looks whether its run is over while every slot is busy, in milliseconds. */
    private static final long LEND_POLL_MILLIS = 20;

    /** The pool's slots, whose number can be lowered while tasks hold some. */
    private static final class Slots extends Semaphore {
        private int size;

        Slots(int size) {
            super(size);
            this.size = size;
        }

        /** Halves the number of slots (at least one stays); the held ones go as their tasks end. Gives the new number. */
        synchronized int halve() {
            int fewer = size - Math.max(1, size / 2);
            reducePermits(fewer);
            size -= fewer;
            return size;
        }
    }

    private static <R> void deliver(Sink<R> sink, int index, R r, AtomicReference<Exception> error) {
        if (error.get() != null) {
            return;
        }
        try {
            sink.accept(index, r);
        } catch (Exception e) {
            error.compareAndSet(null, e);
        }
    }

    /** How many threads to use when none is asked for: one per core. */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The pool's own alarms: one timer thread for all the tasks of a run. */
    private static final class TimerAlarms implements Alarms {
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons("xxgk-timeout"));

        @Override
        public Future<?> set(int index, long millis, Runnable ring) {
            return timer.schedule(ring, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
