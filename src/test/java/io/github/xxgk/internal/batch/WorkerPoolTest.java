package io.github.xxgk.internal.batch;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pool's time limit without racing the clock: the tasks that run over their time are stuck by construction
 * (they block until interrupted, or until the test lets them go), and in the first test their alarms ring when the
 * test says, so the tasks that must finish in time are never at the mercy of a busy machine.
 */
class WorkerPoolTest {

    /** How long a test waits for something that happens at once unless the code is broken. */
    private static final long BROKEN_AFTER_SECONDS = 60;

    /** Alarms that ring for a task only once the task has said it is stuck, on a thread of their own. */
    private static final class GatedAlarms implements WorkerPool.Alarms {
        final Map<Integer, CountDownLatch> stuck = new ConcurrentHashMap<>();
        final ExecutorService ringer = Executors.newCachedThreadPool();

        CountDownLatch gate(int index) {
            return stuck.computeIfAbsent(index, i -> new CountDownLatch(1));
        }

        @Override
        public Future<?> set(int index, long millis, Runnable ring) {
            CountDownLatch gate = gate(index);
            return ringer.submit(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    return; // the task finished first and cancelled its alarm
                }
                ring.run();
            });
        }

        @Override
        public void close() {
            ringer.shutdownNow();
        }

        void awaitClosed() throws InterruptedException {
            assertTrue(ringer.awaitTermination(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "an alarm thread is still running");
        }
    }

    @Test
    void aTaskOverItsTimeIsSettledAndItsSlotReused() throws Exception {
        Map<Integer, String> got = new ConcurrentHashMap<>();
        GatedAlarms alarms = new GatedAlarms();
        CountDownLatch letDeafTaskGo = new CountDownLatch(1);
        CountDownLatch deafEnded = new CountDownLatch(1);
        CountDownLatch interruptibleEnded = new CountDownLatch(1);
        AtomicBoolean deafWasInterrupted = new AtomicBoolean();
        AtomicBoolean interruptibleWasInterrupted = new AtomicBoolean();
        // one thread: tasks 2 and 3 only run if the stuck tasks before them give their slot back
        WorkerPool<String> pool = new WorkerPool<>(1, 300, () -> alarms);
        try {
            pool.run(4, i -> {
                if (i == 1) {
                    try {
                        alarms.gate(1).countDown();
                        // deaf to interrupts: the pool has to abandon it
                        while (true) {
                            try {
                                letDeafTaskGo.await();
                                break;
                            } catch (InterruptedException e) {
                                deafWasInterrupted.set(true);
                            }
                        }
                    } finally {
                        deafEnded.countDown();
                    }
                }
                if (i == 2) {
                    try {
                        alarms.gate(2).countDown();
                        new CountDownLatch(1).await(); // never counted down: ends only when interrupted
                    } catch (InterruptedException e) {
                        interruptibleWasInterrupted.set(true);
                        throw e;
                    } finally {
                        interruptibleEnded.countDown();
                    }
                }
                if (i == 3) {
                    throw new IllegalStateException("boom");
                }
                return "ok " + i;
            }, (i, t) -> "failed " + t.getMessage(), i -> "timeout", got::put);

            assertEquals(Map.of(0, "ok 0", 1, "timeout", 2, "timeout", 3, "failed boom"), got);
            assertEquals(1, deafEnded.getCount(), "the run returned while the deaf task still held its thread: it was abandoned");
            assertTrue(interruptibleEnded.await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the interruptible task was not stopped");
            assertTrue(interruptibleWasInterrupted.get());
        } finally {
            letDeafTaskGo.countDown();
            assertTrue(deafEnded.await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the deaf task did not end when let go");
            alarms.awaitClosed();
        }
        assertTrue(deafWasInterrupted.get(), "the pool interrupts a task over its time before it abandons it");
        assertEquals(Map.of(0, "ok 0", 1, "timeout", 2, "timeout", 3, "failed boom"), got, "a late result is dropped");
    }

    @Test
    void thePoolsOwnTimerEndsTasksThatNeverFinish() throws Exception {
        Map<Integer, String> got = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();
        Semaphore ended = new Semaphore(0);
        // every task blocks until interrupted, so only the timer can settle them, however fast the machine is
        new WorkerPool<String>(2, 20).run(3, i -> {
            started.incrementAndGet();
            try {
                new CountDownLatch(1).await();
                return "finished " + i;
            } finally {
                ended.release();
            }
        }, (i, t) -> "failed " + t, i -> "timeout", got::put);
        assertEquals(Map.of(0, "timeout", 1, "timeout", 2, "timeout"), got);
        // on a busy machine a task may time out before its thread starts it; one that started was interrupted
        assertTrue(ended.tryAcquire(started.get(), BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "a timed-out task's thread was not interrupted");
    }

    @Test
    void everyIndexIsSettledOnceWithManyThreads() throws Exception {
        Map<Integer, Integer> calls = new ConcurrentHashMap<>();
        new WorkerPool<Integer>(3, 0).run(500, i -> i * 2, (i, t) -> -1, i -> -2, (i, r) -> calls.merge(i, r, (a, b) -> -99));
        assertEquals(500, calls.size());
        calls.forEach((i, r) -> assertEquals(i * 2, r));
    }

    @Test
    void fromTheSecondTimeMemoryOrStackRunsOutFewerTasksRunAtOnce() throws Exception {
        Map<Integer, String> got = new ConcurrentHashMap<>();
        Map<Integer, Integer> limitAfter = new ConcurrentHashMap<>();
        CountDownLatch[] settled = {new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1)};
        WorkerPool<String> pool = new WorkerPool<>(4, 0);
        // tasks 0, 1, 2 run out one after the other (each waits for the one before to be settled), so that the
        // limit each one leaves is known; the other tasks just finish
        pool.run(12, i -> {
            if (i < 3) {
                if (i > 0) {
                    assertTrue(settled[i - 1].await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS));
                }
                if (i == 1) {
                    throw new StackOverflowError();
                }
                throw new OutOfMemoryError("Java heap space");
            }
            return "ok " + i;
        }, (i, t) -> {
            limitAfter.put(i, pool.limit());
            settled[i].countDown();
            return "failed " + FileExtraction.errorMessage(t);
        }, i -> "timeout", got::put);
        assertEquals(Map.of(0, 4, 1, 2, 2, 1), limitAfter, "the first error leaves four at once, the second two, the third one");
        assertEquals(1, pool.limit());
        assertEquals(12, got.size());
        assertEquals("failed ran out of memory while reading this file (java.lang.OutOfMemoryError: Java heap space)", got.get(0));
        assertEquals("failed ran out of stack while reading this file (java.lang.StackOverflowError)", got.get(1));
        for (int i = 3; i < 12; i++) {
            assertEquals("ok " + i, got.get(i));
        }
    }

    @Test
    void aSlotNoTaskNeedsIsLentToTheIdleWorkUntilTheRunIsOver() throws Exception {
        CountDownLatch helping = new CountDownLatch(1);
        AtomicInteger helpersAtOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch helperEnded = new CountDownLatch(1);
        Map<Integer, String> got = new ConcurrentHashMap<>();
        // two threads, one task: the task ends only once the free slot has been lent to the idle work
        new WorkerPool<String>(2, 0).helpingWith(over -> {
            mostAtOnce.accumulateAndGet(helpersAtOnce.incrementAndGet(), Math::max);
            helping.countDown();
            while (!over.getAsBoolean()) {
                Thread.onSpinWait();
            }
            helpersAtOnce.decrementAndGet();
            helperEnded.countDown();
        }).run(1, i -> {
            assertTrue(helping.await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the free slot was never lent");
            return "read";
        }, (i, t) -> "failed " + t, i -> "timeout", got::put);
        assertEquals(Map.of(0, "read"), got);
        assertEquals(1, mostAtOnce.get(), "one slot was free, so one helper at most");
        assertTrue(helperEnded.await(BROKEN_AFTER_SECONDS, TimeUnit.SECONDS), "the idle work was not told the run is over");
    }
}
